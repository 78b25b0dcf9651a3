#if canImport(Glibc)
import Glibc
private let posixWrite = Glibc.write
#elseif canImport(Darwin)
import Darwin
private let posixWrite = Darwin.write
#endif

/// Writes one file so that readers see the old content or the new, never a part, and never
/// with wider permissions than asked: a temporary file in the same folder (`mkstemp`), its
/// mode set before the first byte, written, flushed to disk, renamed over the target, and the
/// folder flushed too. On failure the temporary file is removed and the target is untouched.
///
/// Used for the plan's JSON, the private list of feed links and attendance lists and
/// reports. (A whole published folder is swapped by the Feeds target's `AtomicFolder`.)
public enum AtomicFile {
    /// Writes `bytes` to `path` with `mode`; creates the missing folders with `folderMode`
    /// when it is given, and fails on a missing folder otherwise.
    public static func write(
        _ bytes: [UInt8],
        to path: String,
        mode: mode_t = 0o644,
        creatingFolderWith folderMode: mode_t? = nil
    ) throws(AtomicFileError) {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[..<$0]) }.map { $0.isEmpty ? "/" : $0 } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        if let folderMode { try makeFolders(folder, mode: folderMode, for: path) }

        var template = Array("\(folder)/.\(name).XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw AtomicFileError(path: path, reason: lastError()) }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var failure: String?
        if fchmod(descriptor, mode) != 0 { failure = lastError() }
        var offset = 0
        while failure == nil, offset < bytes.count {
            let count = bytes.withUnsafeBytes { posixWrite(descriptor, $0.baseAddress! + offset, bytes.count - offset) }
            if count < 0 {
                if errno == EINTR { continue }
                failure = lastError()
            } else {
                offset += count
            }
        }
        if failure == nil, fsync(descriptor) != 0 { failure = lastError() }
        if close(descriptor) != 0, failure == nil { failure = lastError() }
        if failure == nil, rename(temporary, path) != 0 { failure = lastError() }
        if let failure {
            unlink(temporary)
            throw AtomicFileError(path: path, reason: failure)
        }
        let folderDescriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    /// `folder` and its missing parents, each created with `mode`.
    private static func makeFolders(_ folder: String, mode: mode_t, for path: String) throws(AtomicFileError) {
        var status = stat()
        if stat(folder, &status) == 0 {
            guard (status.st_mode & S_IFMT) == S_IFDIR else {
                throw AtomicFileError(path: path, reason: "\(folder) is not a folder")
            }
            return
        }
        if let slash = folder.lastIndex(of: "/"), slash != folder.startIndex {
            try makeFolders(String(folder[..<slash]), mode: mode, for: path)
        }
        guard mkdir(folder, mode) == 0 || errno == EEXIST else {
            throw AtomicFileError(path: path, reason: lastError())
        }
        chmod(folder, mode)  // mkdir applies the umask
    }

    private static func lastError() -> String { String(cString: strerror(errno)) }
}

/// A file could not be written: the path and the system's reason.
public struct AtomicFileError: Error, Sendable, Hashable, CustomStringConvertible {
    public let path: String
    public let reason: String

    public var description: String { "\(path): could not write the file: \(reason)" }
}
