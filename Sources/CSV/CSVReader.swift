/// Reads CSV per RFC 4180, as both the workspace files (people.csv, enrolments.csv)
/// and the ticked attendance lists need it: fields separated by commas (or the
/// separator a spreadsheet saved in its locale's way), a field in double quotes may
/// hold separators, line breaks and doubled quotes (`""`); records end in CRLF, LF
/// or a lone CR (older Mac spreadsheets); a UTF-8 byte order mark at the start is
/// skipped. Each record keeps the line it starts on, for messages.
///
/// Strict where a lenient reader would guess: a quote never closed, or text after a
/// closing quote, is an error naming the line, since guessing could move a value
/// into the wrong column without anyone noticing.
///
/// Works on UTF-8 bytes: every delimiter is ASCII, so no multi-byte character can be
/// mistaken for one, and a field becomes a `String` once, whole.
public enum CSVReader {
    /// Every record in file order, empty lines included (as one empty field: see
    /// `CSVRecord.isEmptyLine`); `[]` for an empty file.
    /// - Parameter separator: `,` as written; `;` or a tab for files a spreadsheet saved
    ///   in its locale's way. Must be ASCII.
    public static func records(in text: String, separator: Unicode.Scalar = ",") throws(CSVSyntaxError) -> [CSVRecord] {
        let quote = UInt8(ascii: "\"")
        let newline = UInt8(ascii: "\n")
        let carriageReturn = UInt8(ascii: "\r")
        let separator = UInt8(ascii: separator)
        var bytes = Array(text.utf8)[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }

        var records: [CSVRecord] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1
        var recordLine = 1
        var quoteLine = 1
        var inQuotes = false
        var afterClosingQuote = false

        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            afterClosingQuote = false
        }
        func endRecord() {
            endField()
            records.append(CSVRecord(line: recordLine, fields: fields))
            fields.removeAll(keepingCapacity: true)
        }

        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            index += 1
            let crBeforeNewline = byte == carriageReturn && index < bytes.endIndex && bytes[index] == newline
            if inQuotes {
                if byte == quote {
                    if index < bytes.endIndex, bytes[index] == quote {
                        index += 1
                        field.append(quote)
                    } else {
                        inQuotes = false
                        afterClosingQuote = true
                    }
                } else {
                    // A line break inside a field counts once: CRLF at its LF.
                    if byte == newline || (byte == carriageReturn && !crBeforeNewline) { line += 1 }
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case separator:
                endField()
            case carriageReturn where crBeforeNewline:
                break
            case newline, carriageReturn:
                endRecord()
                line += 1
                recordLine = line
            case quote where field.isEmpty && !afterClosingQuote:
                inQuotes = true
                quoteLine = line
            default:
                if afterClosingQuote { throw .textAfterClosingQuote(line: line) }
                field.append(byte)
            }
        }
        if inQuotes { throw .unterminatedQuote(line: quoteLine) }
        if !field.isEmpty || !fields.isEmpty || afterClosingQuote { endRecord() }
        return records
    }
}
