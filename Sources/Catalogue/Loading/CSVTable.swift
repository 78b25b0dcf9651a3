/// A CSV file read per RFC 4180: comma-separated fields, fields in double
/// quotes may hold commas, line breaks and doubled quotes (`""`), lines end in
/// CRLF or LF. The first record is the header. Blank lines are skipped (a
/// spreadsheet often leaves one at the end). Each record keeps the line it
/// starts on, for messages.
///
/// Works on UTF-8 bytes: every delimiter is ASCII, so no multi-byte character
/// can be mistaken for one, and a field becomes a `String` once, whole.
struct CSVTable {
    struct Record {
        let line: Int
        let fields: [String]
    }

    /// A malformed file: an unterminated quoted field or text after a closing quote.
    struct SyntaxError: Error {
        let line: Int
        let message: String
    }

    let header: Record
    let records: [Record]

    /// nil for an empty file.
    static func parse(_ text: String) throws(SyntaxError) -> CSVTable? {
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
        var bytes = Array(text.utf8)[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }

        var records: [Record] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1, recordLine = 1, quoteLine = 1
        var inQuotes = false, afterClosingQuote = false

        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            afterClosingQuote = false
        }
        func endRecord() {
            endField()
            if !(fields.count == 1 && fields[0].isEmpty) {
                records.append(Record(line: recordLine, fields: fields))
            }
            fields.removeAll(keepingCapacity: true)
        }

        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            index += 1
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
                    if byte == newline { line += 1 }
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case comma:
                endField()
            case carriageReturn where index < bytes.endIndex && bytes[index] == newline:
                break
            case newline:
                endRecord()
                line += 1
                recordLine = line
            case quote where field.isEmpty && !afterClosingQuote:
                inQuotes = true
                quoteLine = line
            default:
                if afterClosingQuote {
                    throw SyntaxError(line: line, message: "text after a closing quote; a quoted field must end at a comma or the line's end")
                }
                field.append(byte)
            }
        }
        if inQuotes {
            throw SyntaxError(line: quoteLine, message: "a quoted field is never closed (missing '\"')")
        }
        if !field.isEmpty || !fields.isEmpty || afterClosingQuote { endRecord() }
        guard let header = records.first else { return nil }
        return CSVTable(header: header, records: Array(records.dropFirst()))
    }
}
