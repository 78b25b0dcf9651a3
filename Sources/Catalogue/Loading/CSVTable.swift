/// A CSV file read per RFC 4180: comma-separated fields, fields in double
/// quotes may hold commas, line breaks and doubled quotes (`""`), lines end in
/// CRLF or LF. The first record is the header. Blank lines are skipped (a
/// spreadsheet often leaves one at the end). Each record keeps the line it
/// starts on, for messages.
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
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var quoteLine = 1
        var afterClosingQuote = false
        var iterator = Array(text.unicodeScalars.drop { $0 == "\u{FEFF}" })[...]

        func endRecord() {
            fields.append(field)
            if !(fields.count == 1 && fields[0].isEmpty) {
                records.append(Record(line: recordLine, fields: fields))
            }
            fields = []
            field = ""
            afterClosingQuote = false
        }

        while let scalar = iterator.popFirst() {
            if inQuotes {
                if scalar == "\"" {
                    if iterator.first == "\"" {
                        iterator.removeFirst()
                        field.unicodeScalars.append("\"")
                    } else {
                        inQuotes = false
                        afterClosingQuote = true
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case ",":
                fields.append(field)
                field = ""
                afterClosingQuote = false
            case "\r" where iterator.first == "\n":
                break
            case "\n":
                endRecord()
                line += 1
                recordLine = line
            case "\"" where field.isEmpty && !afterClosingQuote:
                inQuotes = true
                quoteLine = line
            default:
                if afterClosingQuote {
                    throw SyntaxError(line: line, message: "text after a closing quote; a quoted field must end at a comma or the line's end")
                }
                field.unicodeScalars.append(scalar)
            }
        }
        if inQuotes {
            throw SyntaxError(line: quoteLine, message: "a quoted field is never closed (missing '\"')")
        }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        guard let header = records.first else { return nil }
        return CSVTable(header: header, records: Array(records.dropFirst()))
    }
}
