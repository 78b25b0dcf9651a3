import ArgumentParser
import Attendance
import Catalogue
import Foundation
import State

extension Circles.Attendance {
    /// `circles attendance history CIRCLE [WORKSPACE]`: the audit trail of a circle.
    struct History: ParsableCommand {
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
            let context = try AttendanceContext(workspace: WorkspaceLoading.load(workspace.path), path: workspace.path)
            let lines = try context.history(of: Circle.ID(circle))
            print(lines.isEmpty ? "circle \(circle): no attendance recorded yet" : lines.joined(separator: "\n"))
        }
    }
}
