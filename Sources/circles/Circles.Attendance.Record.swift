import ArgumentParser
import Attendance
import Catalogue

extension Circles.Attendance {
    /// `circles attendance record CIRCLE SESSION --present p1,p2 [WORKSPACE]`.
    struct Record: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "record",
            abstract: "Record who was at one session of a circle; everyone else of the circle is recorded absent.",
            discussion: """
                Recording a session again replaces its answers. An unknown session or someone \
                not in the circle is an error and nothing is stored.
                """
        )

        @Argument(help: "The circle's id.")
        var circle: String

        @Argument(help: "The session's number (1 is the first).")
        var session: Int

        @OptionGroup var workspace: WorkspaceArgument

        @Option(help: "Ids of the participants present, separated by commas (p0002,p0017); empty for nobody.")
        var present: String

        func run() throws {
            let context = try AttendanceContext(workspace: WorkspaceLoading.load(workspace.path), path: workspace.path)
            let lock = try WriterLock.take(workspace.path, command: "attendance record")
            defer { withExtendedLifetime(lock) {} }
            let sheet = try context.sheet(Circle.ID(circle))
            let people = present.split(separator: ",").map { Person.ID($0.trimmingCharacters(in: .whitespaces)) }
                .filter { !$0.rawValue.isEmpty }
            let changed = try context.ledger.record(sheet: sheet, session: session, present: people)
            let here = Set(people).count
            print(
                "\(sheet.circleID) session \(session): \(here) present, \(sheet.participants.count - here) absent (\(changed) answers changed)"
            )
        }
    }
}
