import Testing

@testable import Catalogue
import CatalogueFixtures

@Suite("CSV per RFC 4180")
struct CSVTableTests {
    @Test func quotedFieldsWithCommasQuotesAndLineBreaks() throws {
        let text = "id,name,note\r\np1,\"Lind, Sara\",\"said \"\"hej\"\"\"\r\np2,Erik,\"two\nlines\"\r\np3,Eva,\n"
        let table = try #require(try CSVTable.parse(text))
        #expect(table.header.fields == ["id", "name", "note"])
        #expect(table.records.map(\.fields) == [["p1", "Lind, Sara", "said \"hej\""], ["p2", "Erik", "two\nlines"], ["p3", "Eva", ""]])
        // A record keeps the line it starts on, after a field spanning two lines.
        #expect(table.records.map(\.line) == [2, 3, 5])
    }

    @Test func blankLinesByteOrderMarkAndNoFinalNewline() throws {
        let table = try #require(try CSVTable.parse("\u{FEFF}a,b\n\n1,2"))
        #expect(table.header.fields == ["a", "b"])
        #expect(table.records.map(\.fields) == [["1", "2"]])
        #expect(table.records.map(\.line) == [3])
        #expect(try CSVTable.parse("") == nil)
        // A quoted field ends the file without a line break.
        #expect(try CSVTable.parse("a\n\"x, y\"")?.records.map(\.fields) == [["x, y"]])
        #expect(try CSVTable.parse("a,b\n\"\",\"\"")?.records.map(\.fields) == [["", ""]])
    }

    @Test func malformedQuoting() {
        #expect(throws: CSVTable.SyntaxError.self) { try CSVTable.parse("a,b\n1,\"open\n2,3\n") }
        let error = #expect(throws: CSVTable.SyntaxError.self) { try CSVTable.parse("a,b\n1,\"x\"y\n") }
        #expect(error?.line == 2)
    }

    @Test func columnsInAnyOrderAndUnknownOnesIgnored() throws {
        var fixture = WorkspaceFixture()
        try fixture.apply(.write("enrolments.csv", "note,course,person\nfirst,mediatraning-kandidater,p0002\n"))
        let workspace = try fixture.load()
        #expect(workspace.enrolments.map(\.person) == ["p0002"])
        #expect(workspace.enrolments.map(\.course) == ["mediatraning-kandidater"])
    }
}
