import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// One writer at a time per workspace: an exclusive `flock` on `.circles/writer.lock`, held
/// by every command that writes State or the published folder (plan, publish, feeds rotate,
/// attendance record and import) for as long as it runs.
///
/// Two publishes at once used to gut the live folder: each removed the other's temporary
/// folder while it was being written, then swapped a half-empty set in. With the lock the
/// second command waits a little for the first and then gives up with a message naming it.
/// The lock is the kernel's: a killed holder releases it with its last descriptor, so no
/// stale lock file ever needs clearing. `circles serve` does not take it (it would hold it
/// for its lifetime); State's own SQLite transactions guard what the server writes.
///
/// The holder writes what it is (command, pid, start time) into the file, so that the one
/// that waits can say who it waits for.
public final class WorkspaceLock: Sendable {
    /// `.circles/writer.lock` of the workspace.
    public let path: String
    private let descriptor: Int32

    /// The writer lock's file name inside `.circles/`.
    public static let fileName = "writer.lock"

    /// Takes the lock for `command` (e.g. "circles publish"), waiting up to `wait` seconds
    /// for another holder to finish; throws `StateError.busy` naming the holder otherwise.
    /// `fileName` names another lock of the same kind (`notify.lock`: one sender at a time).
    public init(
        workspace: URL,
        fileName: String = WorkspaceLock.fileName,
        command: String,
        wait: Double = 10
    )
        throws(StateError)
    {
        let folder = workspace.appendingPathComponent(StateStore.folderName, isDirectory: true)
        path = folder.appendingPathComponent(fileName).path
        if mkdir(folder.path, 0o700) != 0 && errno != EEXIST {
            throw .cannotPrepare(path: folder.path, reason: String(cString: strerror(errno)))
        }
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else { throw .cannotPrepare(path: path, reason: String(cString: strerror(errno))) }
        let deadline = Date(timeIntervalSinceNow: max(wait, 0))
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else {
                let reason = String(cString: strerror(errno))
                close(descriptor)
                throw .cannotPrepare(path: path, reason: reason)
            }
            if Date() >= deadline {
                let holder = Self.holder(of: descriptor)
                close(descriptor)
                throw .busy(path: path, holder: holder)
            }
            usleep(20_000)
        }
        let stamp = ISO8601DateFormatter().string(from: Date())
        // Written over the old note, then cut to length: a waiter reading in between sees a
        // whole first line, never an empty file (only the very first holder leaves that gap).
        let note = Array("\(command) (pid \(getpid()), since \(stamp))\n".utf8)
        _ = note.withUnsafeBytes { pwrite(descriptor, $0.baseAddress!, $0.count, 0) }
        ftruncate(descriptor, off_t(note.count))
    }

    /// Closing the descriptor releases the lock.
    deinit { close(descriptor) }

    /// What the holder wrote, cut to one short line (the file is ours, but keep it readable).
    /// A first holder may not have written its note yet: a few short looks.
    private static func holder(of descriptor: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 200)
        var count = 0
        for _ in 0..<20 {
            count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress!, $0.count, 0) }
            if count > 0 { break }
            usleep(5_000)
        }
        let text = count > 0 ? String(decoding: buffer[..<count], as: UTF8.self) : ""
        let line = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        return line.isEmpty ? "another circles command" : line
    }
}
