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
///
/// The temporary name carries the writer's pid (`<name>.tmp-<pid>-XXXXXX`): a leftover is
/// removed only when its owner is gone, never while another publication is still writing it
/// (two publishes at once once swapped a folder emptied that way in). After the swap, the old
/// set is deleted only if the temporary name really holds the folder that was live before.
/// The CLI also lets one writer at a time in (`WorkspaceLock`); this holds without it.
///
/// A file whose bytes and mode are those of the same path in the live set is not written
/// again but hard-linked from it: no file is ever changed in place (every write is a new
/// file), so sharing an inode between the old and the new set is safe. Re-publishing a plan
/// where little changed then creates, flushes and frees almost nothing: on this machine's
/// ext4 (mounted with `discard`), freeing the blocks of ten thousand old feeds took
/// seconds, linking and unlinking them a fraction of one.
struct AtomicFolder {
    /// The live folder, e.g. `Calendars`.
    let target: URL

    /// A test hook: called after each file is written into the temporary folder, with the
    /// number written so far (calls never overlap); throwing there stops the publication as a
    /// crash would.
    var afterEachFile: (@Sendable (Int) throws -> Void)?

    /// Creates the temporary sibling, lets `fill` write the new set into it (from as many
    /// threads as it likes), flushes it to disk and swaps it in; then deletes the old set.
    /// If `fill` throws, the temporary folder is removed and the live set is untouched.
    func replace(_ fill: (StagingFolder) throws(FeedsError) -> Void) throws(FeedsError) {
        let parent = target.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw .file(path: parent.path, operation: "create the folder", reason: "\(error.localizedDescription)")
        }
        removeStaleTemporaries(in: parent)
        var template = Array(
            parent.appendingPathComponent("\(target.lastPathComponent).tmp-\(getpid())-XXXXXX").path.utf8CString
        )
        guard let made = mkdtemp(&template) else {
            throw .file(
                path: parent.path,
                operation: "create a temporary folder",
                reason: String(cString: strerror(errno))
            )
        }
        let temporary = String(cString: made)
        chmod(temporary, 0o755)
        let live = LiveFolder(target)
        let staging = StagingFolder(path: temporary, live: live, afterEachFile: afterEachFile)
        do throws(FeedsError) {
            try fill(staging)
            if Self.canSyncFileSystem {
                try syncFileSystem(of: temporary)
            } else {
                for folder in staging.folders.sorted(by: >) { try Self.sync(folder) }
            }
            try swap(temporary)
        } catch {
            Self.removeTree(temporary)
            throw error
        }
        // The old set now sits under the temporary name: delete it only if that is so.
        if let old = live?.identity, Self.identity(of: temporary) == old { Self.removeTree(temporary) }
    }

    /// Device and inode of the folder at `path` (not following a link), nil if there is none.
    static func identity(of path: String) -> [UInt64]? {
        var status = stat()
        guard lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR else { return nil }
        return [UInt64(status.st_dev), UInt64(status.st_ino)]
    }

    /// The live set, read only to find files that can be linked instead of written.
    final class LiveFolder: Sendable {
        let descriptor: Int32

        init?(_ folder: URL) {
            descriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            if descriptor < 0 { return nil }
        }

        deinit { close(descriptor) }

        /// Device and inode of the live folder as opened, to recognise it after the swap.
        var identity: [UInt64]? {
            var status = stat()
            guard fstat(descriptor, &status) == 0 else { return nil }
            return [UInt64(status.st_dev), UInt64(status.st_ino)]
        }

        /// Hard-links the live file at `path` to `destination` when it is a regular file of
        /// ours with exactly `data` and `mode`; false (and nothing done) otherwise.
        func link(_ path: String, to destination: String, ifHolding data: Data, mode: mode_t) -> Bool {
            let file = openat(descriptor, path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
            guard file >= 0 else { return false }
            defer { close(file) }
            var status = stat()
            guard fstat(file, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG,
                status.st_mode & 0o7777 == mode, status.st_uid == geteuid(), status.st_size == data.count
            else { return false }
            let same = data.withUnsafeBytes { (expected: UnsafeRawBufferPointer) -> Bool in
                // Sized to the file (its size was checked above), not a fixed block: twenty
                // thousand feeds of a few kilobytes each.
                var buffer = [UInt8](repeating: 0, count: min(max(expected.count, 1), 64 * 1024))
                var offset = 0
                while offset < expected.count {
                    let count = buffer.withUnsafeMutableBytes { read(file, $0.baseAddress!, $0.count) }
                    if count < 0, errno == EINTR { continue }
                    guard count > 0, offset + count <= expected.count,
                        buffer.withUnsafeBytes({ memcmp($0.baseAddress!, expected.baseAddress! + offset, count) == 0 })
                    else { return false }
                    offset += count
                }
                return offset == expected.count
            }
            return same && linkat(descriptor, path, AT_FDCWD, destination, 0) == 0
        }
    }

    /// Deletes a folder written by this type (plain files in plain folders), without following
    /// links; what cannot be deleted stays for the next run's clean-up. `FileManager` stats
    /// every entry first, which doubled the time of deleting ten thousand old feeds.
    static func removeTree(_ path: String) {
        guard let folder = opendir(path) else { return }
        let descriptor = dirfd(folder)
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) {
                String(cString: $0.bindMemory(to: CChar.self).baseAddress!)
            }
            if name == "." || name == ".." { continue }
            // d_type may be unknown on some file systems: then unlink says EISDIR for a folder.
            if entry.pointee.d_type == UInt8(DT_DIR) || (unlinkat(descriptor, name, 0) != 0 && errno == EISDIR) {
                removeTree("\(path)/\(name)")
                unlinkat(descriptor, name, AT_REMOVEDIR)
            }
        }
        closedir(folder)
        rmdir(path)
    }

    /// One `syncfs` for the whole new set instead of an `fsync` per file: with ten thousand
    /// private feeds, one journal commit instead of ten thousand is what keeps a national
    /// publication within seconds. Same guarantee: every byte is on disk before the swap.
    private func syncFileSystem(of path: String) throws(FeedsError) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Self.failure(path, "open the folder") }
        defer { close(descriptor) }
        guard let syncfs = Self.syncfs, syncfs(descriptor) == 0 else {
            throw Self.failure(path, "flush the new calendars to disk")
        }
    }

    private typealias SyncFS = @convention(c) (Int32) -> Int32

    /// `syncfs(2)` (glibc 2.14, Linux 2.6.39), looked up like `renameat2` for the same reason.
    private static let syncfs: SyncFS? = {
        guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "syncfs") else { return nil }
        return unsafeBitCast(symbol, to: SyncFS.self)
    }()

    static var canSyncFileSystem: Bool { syncfs != nil }

    private static func sync(_ path: String) throws(FeedsError) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure(path, "open the folder") }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw Self.failure(path, "flush the folder to disk") }
    }

    private func swap(_ temporary: String) throws(FeedsError) {
        var status = stat()
        if lstat(target.path, &status) == 0 {
            guard (status.st_mode & S_IFMT) == S_IFDIR else {
                throw .file(path: target.path, operation: "replace it", reason: "it is not a folder")
            }
            guard Self.renameExchange(temporary, target.path) == 0 else {
                throw Self.failure(target.path, "swap in the new calendars")
            }
        } else {
            guard rename(temporary, target.path) == 0 else {
                throw Self.failure(target.path, "move the new calendars in place")
            }
        }
        try Self.sync(target.deletingLastPathComponent().path)
    }

    /// Leftovers of a run that was killed before its swap: `<name>.tmp-<pid>-XXXXXX` siblings
    /// whose pid is no longer running (and `<name>.tmp-XXXXXX` of versions before the pid was
    /// in the name). A folder whose owner is alive is another publication at work: left alone.
    private func removeStaleTemporaries(in parent: URL) {
        let prefix = "\(target.lastPathComponent).tmp-"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        for name in names where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            if rest.count != 6 {
                let parts = rest.split(separator: "-")
                guard parts.count == 2, parts[1].count == 6, let pid = pid_t(parts[0]), pid > 0 else { continue }
                if pid == getpid() || kill(pid, 0) == 0 || errno == EPERM { continue }
            }
            Self.removeTree(parent.appendingPathComponent(name).path)
        }
    }

    private static func failure(_ path: String, _ operation: String) -> FeedsError {
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
