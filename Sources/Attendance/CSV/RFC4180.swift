import Foundation

/// RFC 4180 CSV: fields separated by commas, records by CRLF, a field quoted when
/// it holds a comma, a quote or a line break (quotes doubled inside).
///
/// Written with a UTF-8 byte order mark. A CSV file does not say its character set,
/// so spreadsheets guess: LibreOffice Calc takes the BOM as "UTF-8" and preselects
/// it in its import dialog, and Excel, which organisers also use, reads a file without
/// one in the system's code page (Windows-1252: `Ã¥` for `å`). With the BOM both
/// show å, ä, ö right; the reader here skips it, so a list round-trips either way.
enum RFC4180 {
    static let byteOrderMark = "\u{FEFF}"

    static func encode(_ rows: [[String]]) -> String {
        var out = byteOrderMark
        for row in rows {
            out += row.map(quote).joined(separator: ",")
            out += "\r\n"
        }
        return out
    }

    static func quote(_ field: String) -> String {
        let needsQuotes = field.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
            || field.first == " " || field.last == " "
        guard needsQuotes else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Reads records; accepts CRLF, LF or CR line ends and an optional BOM.
    /// A quote that is never closed is an error naming the line it opened on.
    /// - Parameter separator: `,` as written; `;` or a tab for files a spreadsheet saved in its locale's way.
    static func decode(_ text: String, separator: Unicode.Scalar = ",") throws(RFC4180Error) -> [CSVRecord] {
        var scalars = Substring(text).unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        var records: [CSVRecord] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var quoteLine = 1
        var fieldStarted = false
        var iterator = scalars.makeIterator()
        var pending: Unicode.Scalar? = nil

        func next() -> Unicode.Scalar? {
            if let p = pending { pending = nil; return p }
            return iterator.next()
        }
        func endRecord() {
            fields.append(String(field))
            records.append(CSVRecord(line: recordLine, fields: fields))
            fields = []
            field = String.UnicodeScalarView()
            fieldStarted = false
        }

        while let c = next() {
            if inQuotes {
                if c == "\"" {
                    if let d = next() {
                        if d == "\"" { field.append("\"") } else { inQuotes = false; pending = d }
                    } else {
                        inQuotes = false
                    }
                } else {
                    field.append(c)
                    if c == "\n" { line += 1 }
                    if c == "\r" {
                        line += 1
                        if let d = next() { if d == "\n" { field.append(d) } else { pending = d } }
                    }
                }
                continue
            }
            switch c {
            case separator:
                fields.append(String(field))
                field = String.UnicodeScalarView()
                fieldStarted = false
            case "\r", "\n":
                if c == "\r", let d = next(), d != "\n" { pending = d }
                endRecord()
                line += 1
                recordLine = line
            case "\"" where !fieldStarted && field.isEmpty:
                inQuotes = true
                quoteLine = line
                fieldStarted = true
            default:
                field.append(c)
                fieldStarted = true
            }
        }
        if inQuotes { throw RFC4180Error(line: quoteLine) }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        return records
    }
}

/// A quoted field was never closed.
struct RFC4180Error: Error, Sendable {
    let line: Int
}
