import ArgumentParser
import Attendance
import Catalogue
import Foundation

extension Circles.Attendance {
    /// `circles attendance import FILE.csv [WORKSPACE]`: a ticked list back into State.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Import a ticked attendance list (the CSV from `circles attendance export`).",
            discussion: """
                A box with x, 1 or ja is present, an empty box absent. The whole list is stored \
                in one transaction: a row naming someone not in the circle, or anything else \
                wrong, stores nothing and names the file and line. Importing the same list \
                again changes nothing.
                """
        )

        @Argument(help: "The ticked CSV list.")
        var file: String

        @OptionGroup var workspace: WorkspaceArgument

        func run() throws {
            let text: String
            do {
                text = try String(contentsOfFile: file, encoding: .utf8)
            } catch {
                throw CirclesError(
                    AttendanceRecordingError.unreadableFile(path: file, reason: "not a UTF-8 text file or missing")
                        .description
                )
            }
            guard let circle = AttendanceCSV.circleID(in: text) else {
                throw CirclesError(AttendanceRecordingError.noCircleInList(file: file).description)
            }
            let context = try AttendanceContext(workspace: WorkspaceLoading.load(workspace.path), path: workspace.path)
            let lock = try WriterLock.take(workspace.path, command: "attendance import")
            defer { withExtendedLifetime(lock) {} }
            let sheet = try context.sheet(circle)
            let name = URL(fileURLWithPath: file).lastPathComponent
            let changed = try context.ledger.importTicks(
                text: text,
                sheet: sheet,
                file: file,
                source: name,
                afterEach: Self.faultInjection()
            )
            print(
                "\(file): circle \(circle), \(changed) answers stored (\(changed == 0 ? "already up to date" : "new or changed"))"
            )
        }

        /// A test seam: with `CIRCLES_TEST_KILL_IMPORT_AFTER=N` in the environment the process
        /// kills itself (SIGKILL, no cleanup) after N answers, inside the open transaction,
        /// so a test can prove a crash mid-import leaves nothing half-written.
        static func faultInjection() -> ((Int) throws -> Void)? {
            guard let text = ProcessInfo.processInfo.environment["CIRCLES_TEST_KILL_IMPORT_AFTER"],
                let limit = Int(text)
            else {
                return nil
            }
            return { done in if done >= limit { kill(getpid(), SIGKILL) } }
        }
    }
}
