import Foundation
import State

/// The workspace's writer lock for one command (see `WorkspaceLock`): taken after the
/// workspace loaded (a run that fails to load writes nothing, not even the lock file) and held
/// until the command returns.
///
/// `CIRCLES_LOCK_WAIT` (seconds, default 10) is how long to wait for another command first;
/// tests set 0 to see the refusal.
enum WriterLock {
    static func take(_ workspace: String, command: String) throws -> WorkspaceLock {
        let wait = ProcessInfo.processInfo.environment["CIRCLES_LOCK_WAIT"].flatMap(Double.init) ?? 10
        // StateError reads as a sentence: ArgumentParser prints it as it is.
        return try WorkspaceLock(
            workspace: URL(fileURLWithPath: workspace),
            command: "circles \(command)",
            wait: wait
        )
    }
}
