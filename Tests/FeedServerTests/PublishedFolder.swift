import Foundation

/// A temporary folder holding a published `Calendars/`, written by the test, and a
/// publisher that swaps in new versions the way the real one does: a complete folder
/// written beside it, exchanged in one `renameat2(RENAME_EXCHANGE)`, the old one deleted.
struct PublishedFolder: Sendable {
    let root: String
    var calendars: String { root + "/Calendars" }

    init() throws {
        let template = FileManager.default.temporaryDirectory.appendingPathComponent("feedserver-XXXXXX").path
        var bytes = Array(template.utf8CString)
        guard let made = mkdtemp(&bytes) else { throw RawHTTPError.socket("mkdtemp", errno) }
        root = String(cString: made)
    }

    /// Writes `files` (relative path to contents) into a new folder and swaps it in.
    func publish(_ files: [String: String]) throws {
        let staging = root + "/.staging-\(UUID().uuidString)"
        try write(files, into: staging)
        if FileManager.default.fileExists(atPath: calendars) {
            guard Self.renameExchange(staging, calendars) == 0 else { throw RawHTTPError.socket("renameat2", errno) }
            try FileManager.default.removeItem(atPath: staging)  // now the old version
        } else {
            try FileManager.default.moveItem(atPath: staging, toPath: calendars)
        }
    }

    func write(_ files: [String: String], into folder: String) throws {
        for (path, contents) in files {
            let url = URL(fileURLWithPath: folder).appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(),
                withIntermediateDirectories: true
            )
            try Data(contents.utf8).write(to: url)
        }
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: root)
    }

    private typealias RenameAt2 =
        @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    /// glibc has `renameat2` since 2.28 but Swift's Glibc module does not declare it
    /// (it sits behind `_GNU_SOURCE`), so look it up at run time.
    private static func renameExchange(_ from: String, _ to: String) -> Int32 {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return -1 }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        let renameExchange: UInt32 = 2
        return renameat2(AT_FDCWD, from, AT_FDCWD, to, renameExchange)
    }
}
