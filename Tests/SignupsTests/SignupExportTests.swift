import CSV
import Foundation
import Signups
import State
import Testing

@Suite("Exporting sign-ups")
struct SignupExportTests {
    @Test func theFileIsOwnerOnlyAndHoldsEverySignup() throws {
        let fixture = try SignupsFixture()
        try fixture.signUpConfirmed(email: "ny@example.org", never: ["mon", "tue"])
        try fixture.signUp(email: "\"quoted\", <x>@example.org")
        let path = fixture.folder.appendingPathComponent("export.csv").path
        try SignupExport.write(try fixture.store().signups(), to: path)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let records = try CSVReader.records(
            in: String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        )
        #expect(records.map(\.fields.count) == [16, 16, 16])
        #expect(records[0].fields == SignupExport.header)
        #expect(
            Array(records[1].fields[0..<10]) == [
                "1", "confirmed", "feministisk-grundkurs", "karlstad", "", "1995", "x", "mon;tue", "", "w1",
            ]
        )
        #expect(records[1].fields[12] == "2022-03-01T12:00:00Z")
        #expect(records[2].fields[11] == "\"quoted\", <x>@example.org")
        #expect(records[2].fields[1] == "pending")
    }
}
