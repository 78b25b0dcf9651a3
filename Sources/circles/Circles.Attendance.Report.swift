import ArgumentParser
import Attendance
import Catalogue
import Foundation

extension Circles.Attendance {
    /// `circles attendance report [WORKSPACE] [--term T] [--format csv|text] [--as-of DATE]`.
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report",
            abstract: "Per circle: meetings held, study hours, participants by gender and age, and ABF's rules.",
            discussion: """
                Sessions on or before --as-of (default: today) with at least one participant \
                recorded present count as held; later ones are still planned. Study hours come from \
                the time held, break deducted, where the leader's list recorded it. A study circle's \
                rules are checked against what really happened: ÅTGÄRD (ACTION) marks a rule the \
                remaining sessions can still meet or that a planned session would break, BRUTEN \
                (BROKEN) one that can no longer be mended. Exit status 3 when a rule is broken.
                """
        )

        @OptionGroup var workspace: WorkspaceArgument

        @Option(help: "Only the circles of this term (its id in plan.yaml).")
        var term: String?

        @Option(help: "text or csv.")
        var format: AttendanceReportFormat = .text

        @Option(name: .customLong("as-of"), help: "The date the report is made on (YYYY-MM-DD); default today.")
        var asOf: String?

        @Option(help: "Write the report to this file (mode 0600) instead of standard output.")
        var out: String?

        func validate() throws {
            if let asOf, LocalDate(iso: asOf) == nil {
                throw ValidationError("--as-of \(asOf) is not a date like 2022-03-01.")
            }
        }

        func run() throws {
            let context = try AttendanceContext(workspace: WorkspaceLoading.load(workspace.path), path: workspace.path)
            let day = asOf.flatMap { LocalDate(iso: $0) } ?? context.today
            var reports: [StudyReport] = []
            for sheet in try context.sheets(term: term.map { Term.ID($0) }) {
                let records = try context.ledger.records(of: sheet.circleID)
                let held = try context.ledger.heldTimes(of: sheet.circleID)
                reports.append(StudyReport(sheet: sheet, records: records, held: held, asOf: day))
            }
            let text: String
            switch format {
            case .text:
                text =
                    reports.isEmpty
                    ? "no planned circles\(term.map { " in term \($0)" } ?? "")\n"
                    : reports.map(\.text).joined(separator: "\n")
            case .csv:
                text = StudyReportCSV.render(reports)
            }
            if let out {
                try PrivateOutput.makeFolder(URL(fileURLWithPath: out).deletingLastPathComponent().path)
                try StudyReportCSV.writeText(text, to: out)
                print(out)
            } else {
                print(text, terminator: "")
            }
            if reports.contains(where: { $0.rules.contains { $0.status == .broken } }) { throw ExitCode(3) }
        }
    }
}
