import CirclesTesting
import Testing

@testable import Catalogue

/// The workspace's CSV files as the loader reads them; the CSV syntax itself is
/// tested in CSVTests (the `CSV` target both Catalogue and Attendance use).
@Suite("CSV files of the workspace")
struct CSVFileReaderTests {
    @Test func columnsInAnyOrderAndUnknownOnesIgnored() throws {
        var fixture = WorkspaceFixture()
        try fixture.apply(.write("enrolments.csv", "note,course,person\nfirst,mediatraning-kandidater,p0002\n"))
        let workspace = try fixture.load()
        #expect(workspace.enrolments.map(\.person) == ["p0002"])
        #expect(workspace.enrolments.map(\.course) == ["mediatraning-kandidater"])
    }

    @Test func emptyLinesAreSkippedAndRecordsKeepTheirLines() {
        let log = ProblemLog()
        let rows = CSVFileReader(file: "people.csv", log: log).rows(
            of: "\u{FEFF}id,name\r\n\r\np1,\"Lind,\nSara\"\r\np2,Erik\r\n",
            requiredColumns: ["id"]
        )
        #expect(rows?.map(\.location.line) == [3, 5])
        #expect(rows?.map(\.fields) == [["p1", "Lind,\nSara"], ["p2", "Erik"]])
    }
}
