import ArgumentParser
import Attendance
import Catalogue
import Foundation

extension Circles.Attendance {
    /// `circles attendance export CIRCLE [WORKSPACE]` or `--all [--term T]`: printable lists.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write the attendance list (närvarolista) of a circle, or of every circle of a term.",
            discussion: """
                PDF (A4 landscape, one or more pages per circle, header on every page) or CSV \
                (RFC 4180, UTF-8; tick the boxes and bring it back with `circles attendance import`). \
                Default output: <workspace>/.circles/lists/<circle>.pdf|csv; with --all one PDF \
                <term>.pdf holding every circle, or one CSV per circle in that folder (or in --out, a folder). \
                Files are written with mode 0600 and never under Calendars/.
                """
        )

        @Argument(help: "The circle's id (as in the plan); omit with --all.")
        var circle: String?

        @OptionGroup var workspace: WorkspaceArgument

        @Flag(help: "Every circle (of --term, if given).")
        var all = false

        @Option(help: "With --all: only the circles of this term (its id in plan.yaml).")
        var term: String?

        @Option(help: "pdf or csv.")
        var format: AttendanceListFormat = .pdf

        @Option(help: "The file to write (with --all and csv: the folder).")
        var out: String?

        func validate() throws {
            if all, circle != nil {
                // `export --all Courses`: the one argument is the workspace.
                if workspace.path != WorkspaceArgument.defaultPath {
                    throw ValidationError("With --all give no circle, only the workspace.")
                }
                return
            }
            if !all, circle == nil { throw ValidationError("Name a circle, or give --all for every circle.") }
            if !all, term != nil { throw ValidationError("--term goes with --all.") }
        }

        func run() throws {
            // With --all the first positional argument, if any, is the workspace.
            let workspacePath = all ? (circle ?? workspace.path) : workspace.path
            let context = try AttendanceContext(workspace: WorkspaceLoading.load(workspacePath), path: workspacePath)
            let written =
                all
                ? try context.writeLists(term: term.map { Term.ID($0) }, as: format, to: out)
                : [try context.writeList(of: Circle.ID(circle!), as: format, to: out)]
            for path in written { print(path) }
        }
    }
}
