import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Replaces a whole folder of files at once: readers see the old set or the new set, never
/// a mix, even if the process is killed mid-way.
///
/// The new set is written into a sibling `<name>.tmp-XXXXXX` (same file system, so the swap
/// is a rename), every file and folder is fsync'ed, then the two folders are exchanged with
/// `renameat2(RENAME_EXCHANGE)` (one atomic step; a first publication is a plain `rename`),
/// the parent is fsync'ed and the old set, now under the temporary name, is deleted. The live
/// folder is never written into: the feed server opens it once per request and notices the
/// new inode. A killed run leaves at most a `.tmp-` sibling, removed by the next one.
struct AtomicFolder {
    /// The live folder, e.g. `Calendars`.
    let target: URL

    /// A test hook: called after each file is written into the temporary folder, with the
    /// number written so far; throwing there stops the publication as a crash would.
    var afterEachFile: (@Sendable (Int) throws -> Void)?

    /// Writes `files` (relative path -> bytes; private ones get mode 0600 in 0700 folders)
    /// and swaps them in.
    func replace(with files: [FeedFile]) throws(FeedsError) {
        let files_ = FileManager.default
        let parent = target.deletingLastPathComponent()
        do {
            try files_.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw .file(path: parent.path, operation: "create the folder", reason: "\(error.localizedDescription)")
        }
        removeStaleTemporaries(in: parent)
        var template = Array(parent.appendingPathComponent("\(target.lastPathComponent).tmp-XXXXXX").path.utf8CString)
        guard let made = mkdtemp(&template) else {
            throw .file(path: parent.path, operation: "create a temporary folder", reason: String(cString: strerror(errno)))
        }
        let temporary = URL(fileURLWithPath: String(cString: made), isDirectory: true)
        do {
            chmod(temporary.path, 0o755)
            var folders: Set<String> = [temporary.path]
            for (index, file) in files.enumerated() {
                let url = temporary.appendingPathComponent(file.path)
                let folder = url.deletingLastPathComponent()
                if !folders.contains(folder.path) {
                    try makeFolder(folder, isPrivate: file.isPrivate)
                    folders.insert(folder.path)
                }
                try write(file.data, to: url, mode: file.isPrivate ? 0o600 : 0o644, flush: !Self.canSyncFileSystem)
                try afterEachFile?(index + 1)
            }
            if Self.canSyncFileSystem {
                try syncFileSystem(of: temporary.path)
            } else {
                for folder in folders.sorted(by: >) { try sync(folder) }
            }
            try swap(temporary)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            if let error = error as? FeedsError { throw error }
            throw .file(path: temporary.path, operation: "write the new calendars", reason: "\(error)")
        }
        // The old set now sits under the temporary name.
        try? FileManager.default.removeItem(at: temporary)
    }

    private func makeFolder(_ folder: URL, isPrivate: Bool) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        chmod(folder.path, isPrivate ? 0o700 : 0o755)
    }

    private func write(_ data: Data, to url: URL, mode: mode_t, flush: Bool) throws(FeedsError) {
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard descriptor >= 0 else { throw failure(url.path, "create the file") }
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
        if failed { throw failure(url.path, "write the file") }
        guard !flush || fsync(descriptor) == 0 else { throw failure(url.path, "flush the file to disk") }
    }

    /// One `syncfs` for the whole new set instead of an `fsync` per file: with ten thousand
    /// private feeds, one journal commit instead of ten thousand is what keeps a national
    /// publication within seconds. Same guarantee: every byte is on disk before the swap.
    private func syncFileSystem(of path: String) throws(FeedsError) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure(path, "open the folder") }
        defer { close(descriptor) }
        guard let syncfs = Self.syncfs, syncfs(descriptor) == 0 else { throw failure(path, "flush the new calendars to disk") }
    }

    private typealias SyncFS = @convention(c) (Int32) -> Int32

    /// `syncfs(2)` (glibc 2.14, Linux 2.6.39), looked up like `renameat2` for the same reason.
    private static let syncfs: SyncFS? = {
        guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "syncfs") else { return nil }
        return unsafeBitCast(symbol, to: SyncFS.self)
    }()

    private static var canSyncFileSystem: Bool { syncfs != nil }

    private func sync(_ path: String) throws(FeedsError) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure(path, "open the folder") }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw failure(path, "flush the folder to disk") }
    }

    private func swap(_ temporary: URL) throws(FeedsError) {
        var status = stat()
        if lstat(target.path, &status) == 0 {
            guard (status.st_mode & S_IFMT) == S_IFDIR else {
                throw .file(path: target.path, operation: "replace it", reason: "it is not a folder")
            }
            guard Self.renameExchange(temporary.path, target.path) == 0 else {
                throw failure(target.path, "swap in the new calendars")
            }
        } else {
            guard rename(temporary.path, target.path) == 0 else { throw failure(target.path, "move the new calendars in place") }
        }
        try sync(target.deletingLastPathComponent().path)
    }

    /// Leftovers of a run that was killed before its swap: `<name>.tmp-XXXXXX` siblings.
    private func removeStaleTemporaries(in parent: URL) {
        let prefix = "\(target.lastPathComponent).tmp-"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        for name in names where name.hasPrefix(prefix) && name.count == prefix.count + 6 {
            try? FileManager.default.removeItem(at: parent.appendingPathComponent(name))
        }
    }

    private func failure(_ path: String, _ operation: String) -> FeedsError {
        .file(path: path, operation: operation, reason: String(cString: strerror(errno)))
    }

    /// `renameat2(AT_FDCWD, from, AT_FDCWD, to, RENAME_EXCHANGE)`. Glibc declares it only under
    /// `_GNU_SOURCE`, which Swift's Glibc module does not import, so it is looked up by name
    /// (glibc 2.28 and later; Linux 3.15 and later). Returns -1 with `errno` set on failure.
    private static func renameExchange(_ from: String, _ to: String) -> Int32 {
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "renameat2") else {
            errno = ENOSYS
            return -1
        }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        let exchange: UInt32 = 1 << 1  // RENAME_EXCHANGE in <linux/fs.h>
        return renameat2(AT_FDCWD, from, AT_FDCWD, to, exchange)
    }
}
