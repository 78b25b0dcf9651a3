import CSV
import Testing

@Suite("CSV per RFC 4180")
struct CSVReaderTests {
    /// The records without the empty lines, as the workspace loader reads them.
    func table(_ text: String) throws(CSVSyntaxError) -> [CSVRecord] {
        try CSVReader.records(in: text).filter { !$0.isEmptyLine }
    }

    @Test func quotedFieldsWithCommasQuotesAndLineBreaks() throws {
        let text = "id,name,note\r\np1,\"Lind, Sara\",\"said \"\"hej\"\"\"\r\np2,Erik,\"two\nlines\"\r\np3,Eva,\n"
        let records = try table(text)
        #expect(records.first?.fields == ["id", "name", "note"])
        #expect(
            records.dropFirst().map(\.fields) == [
                ["p1", "Lind, Sara", "said \"hej\""], ["p2", "Erik", "two\nlines"], ["p3", "Eva", ""],
            ]
        )
        // A record keeps the line it starts on, after a field spanning two lines.
        #expect(records.dropFirst().map(\.line) == [2, 3, 5])
    }

    @Test func blankLinesByteOrderMarkAndNoFinalNewline() throws {
        let records = try CSVReader.records(in: "\u{FEFF}a,b\n\n1,2")
        #expect(records.map(\.fields) == [["a", "b"], [""], ["1", "2"]])
        #expect(records.map(\.line) == [1, 2, 3])
        #expect(records[1].isEmptyLine && records[1].isBlank)
        #expect(try CSVReader.records(in: "").isEmpty)
        // A quoted field ends the file without a line break.
        #expect(try table("a\n\"x, y\"").map(\.fields) == [["a"], ["x, y"]])
        #expect(try table("a,b\n\"\",\"\"").map(\.fields) == [["a", "b"], ["", ""]])
    }

    @Test func lineEndsCRLFLFAndLoneCR() throws {
        let records = try CSVReader.records(in: "a,b\r1,2\r\n3,\"x\ry\"\n4,5\r")
        #expect(records.map(\.fields) == [["a", "b"], ["1", "2"], ["3", "x\ry"], ["4", "5"]])
        #expect(records.map(\.line) == [1, 2, 3, 5])
    }

    @Test func separatorOfASpreadsheetLocale() throws {
        #expect(try CSVReader.records(in: "a;\"b;c\";d\r\n", separator: ";").map(\.fields) == [["a", "b;c", "d"]])
        #expect(try CSVReader.records(in: "a\tb,c\n", separator: "\t").map(\.fields) == [["a", "b,c"]])
    }

    @Test func malformedQuoting() {
        #expect(throws: CSVSyntaxError.unterminatedQuote(line: 2)) { try CSVReader.records(in: "a,b\n1,\"open\n2,3\n") }
        let error = #expect(throws: CSVSyntaxError.self) { try CSVReader.records(in: "a,b\n1,\"x\"y\n") }
        #expect(error?.line == 2)
        #expect(error?.message == "text after a closing quote; a quoted field must end at a comma or the line's end")
        #expect(CSVSyntaxError.unterminatedQuote(line: 2).message == "a quoted field is never closed (missing '\"')")
    }

    @Test func writtenWithBOMAndCRLFQuotedOnlyWhereNeeded() throws {
        let rows = [
            ["id", "name"], ["p1", "Lind, Sara"], ["p2", "said \"hej\""], ["p3", " padded"], ["p4", "two\nlines"],
        ]
        let text = CSVWriter.encode(rows)
        #expect(
            text
                == "\u{FEFF}id,name\r\np1,\"Lind, Sara\"\r\np2,\"said \"\"hej\"\"\"\r\np3,\" padded\"\r\np4,\"two\nlines\"\r\n"
        )
        #expect(try CSVReader.records(in: text).map(\.fields) == rows)
    }
}
