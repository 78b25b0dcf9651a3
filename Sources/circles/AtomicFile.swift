import Foundation

/// Writes a file so that readers see the old content or the new, never a part:
/// a temporary file in the same folder, flushed, then renamed over the target.
enum AtomicFile {
    static func write(_ data: Data, to path: String, permissions: Int? = nil) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        var attributes: [FileAttributeKey: Any]? = nil
        if let permissions { attributes = [.posixPermissions: permissions] }
        guard FileManager.default.createFile(atPath: temporary.path, contents: data, attributes: attributes) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: temporary.path])
        }
        let handle = try FileHandle(forWritingTo: temporary)
        try handle.synchronize()
        try handle.close()
        guard rename(temporary.path, url.path) == 0 else {
            let code = errno
            try? FileManager.default.removeItem(at: temporary)
            throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
        }
    }
}
