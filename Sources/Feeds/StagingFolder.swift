import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The temporary folder a new feed set is written into before `AtomicFolder` swaps it in.
///
/// `add` may be called from several threads at once for different files: folders are made
/// once under a lock, each file is created with `O_EXCL` (never overwritten), and the test
/// hook is called under the lock with a count that rises by one per file. A file whose
/// bytes and mode equal the live set's at the same path is hard-linked instead of written.
final class StagingFolder: @unchecked Sendable {
    /// The temporary folder.
    let path: String
    private let live: AtomicFolder.LiveFolder?
    private let afterEachFile: (@Sendable (Int) throws -> Void)?
    /// Guards `madeFolders`, `written` and `failure`.
    private let lock = NSLock()
    private var madeFolders: Set<String>
    private var written = 0
    /// The first failure: every later `add` throws it too, so whichever thread reports first
    /// reports the real cause.
    private var failure: FeedsError?

    init(path: String, live: AtomicFolder.LiveFolder?, afterEachFile: (@Sendable (Int) throws -> Void)?) {
        self.path = path
        self.live = live
        self.afterEachFile = afterEachFile
        madeFolders = [path]
    }

    /// Every folder made so far, the temporary folder included.
    var folders: Set<String> { lock.withLock { madeFolders } }

    /// Writes (or links) one file; private ones get mode 0600 in a 0700 folder.
    func add(_ file: FeedFile) throws(FeedsError) {
        do throws(FeedsError) {
            try place(file)
        } catch {
            throw lock.withLock {
                if failure == nil { failure = error }
                return failure!
            }
        }
    }

    private func place(_ file: FeedFile) throws(FeedsError) {
        let destination = "\(path)/\(file.path)"
        let folder = String(destination[..<destination.lastIndex(of: "/")!])
        try locked { () throws(FeedsError) in
            if let failure { throw failure }
            if !madeFolders.contains(folder) {
                try makeFolder(folder, isPrivate: file.isPrivate)
                madeFolders.insert(folder)
            }
        }
        let mode: mode_t = file.isPrivate ? 0o600 : 0o644
        if !(live?.link(file.path, to: destination, ifHolding: file.data, mode: mode) ?? false) {
            try write(file.data, to: destination, mode: mode, flush: !AtomicFolder.canSyncFileSystem)
        }
        try locked { () throws(FeedsError) in
            if let failure { throw failure }
            written += 1
            do {
                try afterEachFile?(written)
            } catch {
                // Recorded before the lock is let go, so no other thread counts another file
                // between this failure and its report.
                failure = .file(path: destination, operation: "write the new calendars", reason: "\(error)")
                throw failure!
            }
        }
    }

    private func locked<T>(_ body: () throws(FeedsError) -> T) throws(FeedsError) -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    private func makeFolder(_ folder: String, isPrivate: Bool) throws(FeedsError) {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw .file(path: folder, operation: "create the folder", reason: error.localizedDescription)
        }
        chmod(folder, isPrivate ? 0o700 : 0o755)
    }

    private func write(_ data: Data, to path: String, mode: mode_t, flush: Bool) throws(FeedsError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard descriptor >= 0 else { throw systemError(path, "create the file") }
        defer { close(descriptor) }
        fchmod(descriptor, mode)
        var failed = false
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failed = true
                    return
                }
                offset += written
            }
        }
        if failed { throw systemError(path, "write the file") }
        guard !flush || fsync(descriptor) == 0 else { throw systemError(path, "flush the file to disk") }
    }

    private func systemError(_ path: String, _ operation: String) -> FeedsError {
        .file(path: path, operation: operation, reason: String(cString: strerror(errno)))
    }
}
