import AtomicFiles
import CSV
import Foundation
import State

/// `circles signups --csv FILE`: every sign-up as a CSV file for the organiser's own use,
/// written whole and owner-only (0600): it holds names, addresses and notes.
public enum SignupExport {
    /// The columns, in order.
    public static let header = [
        "number", "status", "course", "association", "role", "born", "gender", "never", "note", "person", "name",
        "email", "created", "confirmed", "merged", "rejected_why",
    ]

    /// The file's text (byte order mark, CRLF: as spreadsheets read it).
    public static func csv(_ signups: [Signup]) -> String {
        let stamp = ISO8601DateFormatter()
        var rows = [header]
        for signup in signups {
            rows.append([
                String(signup.number), signup.status.rawValue, signup.course, signup.association, signup.role ?? "",
                signup.born.map(String.init) ?? "", signup.gender ?? "", signup.never.joined(separator: ";"),
                signup.note ?? "", signup.person ?? "", signup.name, signup.email, stamp.string(from: signup.createdAt),
                signup.confirmedAt.map(stamp.string(from:)) ?? "", signup.mergedAt.map(stamp.string(from:)) ?? "",
                signup.rejectedWhy ?? "",
            ])
        }
        return CSVWriter.encode(rows)
    }

    /// Writes `signups` to `path` (mode 0600, atomically).
    public static func write(_ signups: [Signup], to path: String) throws(AtomicFileError) {
        try AtomicFile.write(Array(csv(signups).utf8), to: path, mode: 0o600)
    }
}
