import AtomicFiles
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

    /// Writes the list with mode 0600 (its folder 0700 if it has to be made), atomically.
    static func write(_ rows: [Row], to url: URL) throws(FeedsError) {
        do {
            try AtomicFile.write(Array(text(rows).utf8), to: url.path, mode: 0o600, creatingFolderWith: 0o700)
        } catch {
            throw .file(path: url.path, operation: "write the list of feed links", reason: error.reason)
        }
    }
}
