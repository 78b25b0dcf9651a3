import Catalogue
import Foundation
import State

/// The hourly retention of `circles serve` (see `Retention`), on a thread of its own like the
/// mail loop. It logs counts only, and only when something was deleted or went wrong.
public enum RetentionLoop {
    /// Starts the loop; the first round runs at once.
    public static func start(
        workspace path: String,
        every interval: TimeInterval = 3600,
        clock: @escaping @Sendable () -> Date = { Date() },
        log: @escaping @Sendable (String) -> Void
    ) {
        let thread = Thread {
            while true {
                round(path, clock: clock, log: log)
                Thread.sleep(forTimeInterval: interval)
            }
        }
        thread.name = "circles.retention"
        thread.start()
    }

    /// One round: prunes when the workspace has a State file and its files load. `clock` is
    /// the server's (`serve --now` moves it), so that what expires is judged by the same time
    /// the pages wrote it by.
    public static func round(
        _ path: String,
        clock: @escaping @Sendable () -> Date = { Date() },
        log: @Sendable (String) -> Void
    ) {
        let folder = URL(fileURLWithPath: path, isDirectory: true)
        let file = folder.appendingPathComponent(StateStore.folderName).appendingPathComponent(StateStore.fileName)
        guard FileManager.default.fileExists(atPath: file.path) else { return }
        do {
            let workspace = try Workspace.load(from: path)
            let report = try Retention(workspace: workspace, store: try StateStore(workspace: folder, clock: clock))
                .prune()
            if report != PruneReport() { log("retention: \(report)") }
        } catch let error as WorkspaceLoadError {
            log("retention: the workspace has \(error.total) problems (run circles validate); nothing pruned")
        } catch {
            log("retention: \(error)")
        }
    }
}
