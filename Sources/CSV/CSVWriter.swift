/// Writes RFC 4180 CSV: fields separated by commas, records ended by CRLF, a field
/// quoted when it holds a comma, a quote or a line break (quotes doubled inside), or
/// starts or ends with a space (which a spreadsheet would otherwise trim).
///
/// Written with a UTF-8 byte order mark. A CSV file does not say its character set,
/// so spreadsheets guess: LibreOffice Calc takes the BOM as "UTF-8" and preselects
/// it in its import dialog, and Excel, which organisers also use, reads a file without
/// one in the system's code page (Windows-1252: `Ã¥` for `å`). With the BOM both
/// show å, ä, ö right; `CSVReader` skips it, so a file round-trips either way.
public enum CSVWriter {
    public static let byteOrderMark = "\u{FEFF}"

    /// The whole file: the byte order mark, then each row and CRLF.
    public static func encode(_ rows: [[String]]) -> String {
        var out = byteOrderMark
        for row in rows {
            out += row.map(quote).joined(separator: ",")
            out += "\r\n"
        }
        return out
    }

    /// One field, quoted only if it needs to be.
    public static func quote(_ field: String) -> String {
        let needsQuotes =
            field.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
            || field.first == " " || field.last == " "
        guard needsQuotes else { return field }
        // Doubled per scalar, not per `Character`: a quote followed by a combining mark
        // is still a quote to a reader of bytes.
        var quoted = String.UnicodeScalarView()
        quoted.append("\"")
        for scalar in field.unicodeScalars {
            if scalar == "\"" { quoted.append(scalar) }
            quoted.append(scalar)
        }
        quoted.append("\"")
        return String(quoted)
    }
}
