import Foundation

/// The private list of personal feed links (`person,name,email,url`) the organiser sends out.
///
/// It holds names, e-mails and tokens, so it lives outside `Calendars/` (default
/// `<workspace>/.circles/feeds.csv`) with mode 0600, written to a temporary file and renamed.
enum FeedsList {
    struct Row: Sendable {
        var person: String
        var name: String
        var email: String
        var url: String
    }

    static func text(_ rows: [Row]) -> String {
        var text = "person,name,email,url\n"
        for row in rows {
            text += [row.person, row.name, row.email, row.url].map(field).joined(separator: ",") + "\n"
        }
        return text
    }

    /// RFC 4180 quoting when needed (`"Lind, Sara"`).
    private static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func write(_ rows: [Row], to url: URL) throws(FeedsError) {
        let folder = url.deletingLastPathComponent()
        do {
            if !FileManager.default.fileExists(atPath: folder.path) {
                try FileManager.default.createDirectory(
                    at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            }
        } catch {
            throw .file(path: folder.path, operation: "create the folder", reason: error.localizedDescription)
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())")
        unlink(temporary.path)
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw .file(path: temporary.path, operation: "create the file", reason: String(cString: strerror(errno)))
        }
        fchmod(descriptor, 0o600)
        let data = Data(text(rows).utf8)
        let written = data.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
        let synced = fsync(descriptor)
        close(descriptor)
        guard written == data.count, synced == 0, rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary.path)
            throw .file(path: url.path, operation: "write the list of feed links", reason: reason)
        }
    }
}
