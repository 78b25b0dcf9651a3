import ArgumentParser
import Attendance
import Catalogue
import Foundation
import State

/// `circles attendance history CIRCLE [WORKSPACE]`: the audit trail of a circle.
struct AttendanceHistory: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Show every recorded change of a circle's attendance, oldest first.",
        discussion: """
            One line per changed value: when (the plan's local time), from where (web and \
            the page, csv and the file, or cli), the session, the person's id (- for the \
            meeting's own times), and the field with its old and new value. Names are not \
            shown: the trail is by id.
            """
    )

    @Argument(help: "The circle's id.")
    var circle: String

    @OptionGroup var workspace: WorkspaceArgument

    func run() throws {
        let context = try AttendanceContext(workspace: workspace.path)
        let changes = try context.ledger.history(of: Circle.ID(circle))
        guard !changes.isEmpty else {
            _ = try context.sheet(circle)  // a circle not in the plan is an error, not an empty trail
            print("circle \(circle): no attendance recorded yet")
            return
        }
        print(Self.lines(changes, timeZone: context.workspace.plan.timeZone).joined(separator: "\n"))
    }

    /// `2022-02-01 21:04:05  web lead/fem-karlstad-var22  session 1  p0002  present: - -> yes`.
    static func lines(_ changes: [AttendanceChange], timeZone: TimeZone) -> [String] {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return changes.map { change in
            let source = AttendanceSource(
                kind: AttendanceSource.Kind(rawValue: change.source) ?? .cli,
                detail: change.origin
            )
            return [
                formatter.string(from: change.changedAt), source.description, "session \(change.session)",
                change.person ?? "-",
                "\(change.field.rawValue): \(change.oldValue ?? "-") -> \(change.newValue ?? "-")",
            ].joined(separator: "  ")
        }
    }
}
