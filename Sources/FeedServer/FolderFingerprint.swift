#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What identifies one published version of the output folder.
///
/// The publisher swaps a complete new folder in with one rename, so the folder's inode
/// changes on every publish; the modification time is kept as well so that a folder
/// edited by hand in place is noticed too (when files are added or removed).
struct FolderFingerprint: Sendable, Hashable {
    var device: UInt64
    var inode: UInt64
    var modificationSeconds: Int
    var modificationNanoseconds: Int

    init(_ status: stat) {
        self.device = UInt64(status.st_dev)
        self.inode = UInt64(status.st_ino)
        #if canImport(Darwin)
        self.modificationSeconds = Int(status.st_mtimespec.tv_sec)
        self.modificationNanoseconds = Int(status.st_mtimespec.tv_nsec)
        #else
        self.modificationSeconds = Int(status.st_mtim.tv_sec)
        self.modificationNanoseconds = Int(status.st_mtim.tv_nsec)
        #endif
    }

    /// The fingerprint of whatever folder `path` names now, or nil when nothing is there
    /// (between the two renames of a publisher that cannot exchange atomically).
    static func current(of path: String) -> FolderFingerprint? {
        var status = stat()
        guard stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR else { return nil }
        return FolderFingerprint(status)
    }
}
