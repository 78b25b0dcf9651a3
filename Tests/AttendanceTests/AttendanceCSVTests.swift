import Attendance
import Catalogue
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

@Suite struct AttendanceCSVTests {
    let sheet = Fixtures.sheet(participants: 5, sessions: 4)

    /// Puts `tick` in the box of `person` for `session`, editing the exported text as a
    /// spreadsheet would: the row is found by its id in column A, the column by the head.
    func tick(_ text: String, person: Person.ID, session: Int, with tick: String = "x") -> String {
        var lines = text.components(separatedBy: "\r\n")
        let head = lines.firstIndex { $0.hasPrefix("Id,") }!
        let column = lines[head].components(separatedBy: ",").firstIndex { $0.hasSuffix(" \(session)") }!
        let row = lines.firstIndex { $0.hasPrefix("\(person),") }!
        var cells = lines[row].components(separatedBy: ",")  // fixture names and associations hold no commas
        cells[column] = tick
        lines[row] = cells.joined(separator: ",")
        return lines.joined(separator: "\r\n")
    }

    @Test func exportIsRFC4180WithBOMAndCRLF() {
        let text = AttendanceCSV.export(sheet)
        #expect(text.hasPrefix("\u{FEFF}Närvarolista,Feministisk grundkurs för alla\r\n"))
        #expect(text.contains("\r\nLokal,\"ABF Värmland, Karlstad – Stora salen\"\r\n"))
        #expect(text.contains("\r\nCirkel,fem-karlstad-var22\r\n"))
        #expect(text.contains("\r\nId,Namn,Förening,Född,Kön,Träff 1,Träff 2,Träff 3,Träff 4\r\n"))
        #expect(text.contains("\r\n,,,,Datum,2022-02-01,2022-02-08,2022-02-15,2022-02-22\r\n"))
        #expect(text.contains("\r\n,,,,Veckodag,tis,tis,tis,tis\r\n"))
        #expect(text.contains("\r\n,,,,Tid,18:30–21:00,18:30–21:00,18:30–21:00,18:30–21:00\r\n"))
        #expect(text.contains("\r\n,,,,Studietimmar,3,3,3,3\r\n"))
        #expect(text.contains("\r\np0001,Åsa Andersson,Vänsterpartiet Arvika,1957,M,,,,\r\n"))
        #expect(text.hasSuffix("\r\n\r\nSumma studietimmar,12\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }

    @Test func quotesWhereNeeded() throws {
        var odd = sheet
        odd.participants[0].name = "Anna \"Sprinten\" Andersson"
        odd.participants[1].association = "Vänsterpartiet Kil, Grums"
        let text = AttendanceCSV.export(odd)
        #expect(text.contains("\r\np0000,\"Anna \"\"Sprinten\"\" Andersson\",Vänsterpartiet Karlstad,"))
        #expect(text.contains(",\"Vänsterpartiet Kil, Grums\","))
        // and such a file still imports
        #expect(try AttendanceCSV.importTicks(text: text, sheet: odd, file: "odd.csv").count == 20)
    }

    @Test func roundTripGivesTheTicksAndTheReportTheHours() throws {
        var text = AttendanceCSV.export(sheet)
        // Sessions 1-3 held, 4 not yet: p0000..p0002 at 1, p0000..p0003 at 2, p0001..p0003 at 3.
        let ticks: [(Person.ID, Int, String)] = [
            ("p0000", 1, "x"), ("p0001", 1, "X"), ("p0002", 1, "1"),
            ("p0000", 2, "ja"), ("p0001", 2, "yes"), ("p0002", 2, " x "), ("p0003", 2, "Ja"),
            ("p0001", 3, "x"), ("p0002", 3, "x"), ("p0003", 3, "x"),
        ]
        for (person, session, mark) in ticks { text = tick(text, person: person, session: session, with: mark) }
        let records = try AttendanceCSV.importTicks(text: text, sheet: sheet, file: "närvaro.csv")
        #expect(records.count == 5 * 4)
        let present = Set(records.filter(\.present).map { "\($0.person)@\($0.session)" })
        #expect(present == Set(ticks.map { "\($0.0)@\($0.1)" }))
        #expect(records.allSatisfy { $0.circle == "fem-karlstad-var22" })

        let report = StudyReport(sheet: sheet, records: records, asOf: Fixtures.day("2022-02-20"))
        #expect(report.meetings.map(\.session) == [1, 2, 3])
        #expect(report.studyHours == 9)
        #expect(report.participants.map(\.id) == ["p0000", "p0001", "p0002", "p0003"])
        #expect(report.remaining.map(\.number) == [4])
    }

    @Test func importAcceptsLFAndNoBOM() throws {
        let text = tick(AttendanceCSV.export(sheet), person: "p0004", session: 2)
            .replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\u{FEFF}", with: "")
        let records = try AttendanceCSV.importTicks(text: text, sheet: sheet, file: "lf.csv")
        #expect(
            records.filter(\.present) == [
                AttendanceRecord(circle: "fem-karlstad-var22", session: 2, person: "p0004", present: true)
            ]
        )
    }

    @Test func theTotalsRowIsNotAPersonEvenWithoutTheEmptyRowBeforeIt() throws {
        let text = tick(AttendanceCSV.export(sheet), person: "p0002", session: 1)
            .replacingOccurrences(of: "\r\n\r\nSumma studietimmar,12", with: "\r\nSumma studietimmar,12")
        #expect(
            try AttendanceCSV.importTicks(text: text, sheet: sheet, file: "t.csv").filter(\.present).map(\.person) == [
                "p0002"
            ]
        )
    }

    @Test func aListSavedWithSemicolonsImports() throws {
        // what Excel in a Swedish locale writes: ';' between cells, and quotes only where needed
        let text = tick(AttendanceCSV.export(sheet), person: "p0003", session: 2, with: "ja")
            .replacingOccurrences(
                of: "\"ABF Värmland, Karlstad – Stora salen\"",
                with: "ABF Värmland, Karlstad – Stora salen"
            )
            .replacingOccurrences(of: ",", with: ";")
        #expect(text.contains("\r\nId;Namn;Förening;Född;Kön;Träff 1;"))
        let records = try AttendanceCSV.importTicks(text: text, sheet: sheet, file: "semi.csv")
        #expect(records.count == 20)
        #expect(records.filter(\.present).map { "\($0.person)@\($0.session)" } == ["p0003@2"])
    }

    @Test func englishListImportsToo() throws {
        var english = sheet
        english.language = .en
        let text = tick(AttendanceCSV.export(english), person: "p0001", session: 4)
        #expect(text.contains("\r\nId,Name,Association,Born,Gender,Session 1,Session 2,Session 3,Session 4\r\n"))
        #expect(try AttendanceCSV.importTicks(text: text, sheet: english, file: "en.csv").filter(\.present).count == 1)
    }

    @Test func unknownPersonIsRejectedWithNothingImported() {
        var text = tick(AttendanceCSV.export(sheet), person: "p0000", session: 1)
        text = text.replacingOccurrences(of: "\r\np0003,", with: "\r\np0999,")
        // the p0999 row is the 4th participant row: line 10 (head) + 4 sub rows + 4 = 18
        #expect(
            throws: AttendanceImportError.unknownPerson(
                file: "närvaro.csv",
                line: 18,
                person: "p0999",
                name: "Märta Berg",
                circle: "fem-karlstad-var22"
            )
        ) {
            try AttendanceCSV.importTicks(text: text, sheet: sheet, file: "närvaro.csv")
        }
        do {
            _ = try AttendanceCSV.importTicks(text: text, sheet: sheet, file: "närvaro.csv")
            Issue.record("imported a list naming a stranger")
        } catch {
            #expect(
                error.description
                    == "närvaro.csv:18: p0999 (Märta Berg) is not a participant of circle fem-karlstad-var22; nothing was imported."
            )
        }
    }

    @Test(arguments: ["kanske", "nej", "0", "xx", "✓"])
    func anythingButATickIsAnError(mark: String) {
        let text = tick(AttendanceCSV.export(sheet), person: "p0001", session: 3, with: mark)
        do {
            _ = try AttendanceCSV.importTicks(text: text, sheet: sheet, file: "n.csv")
            Issue.record("accepted \(mark)")
        } catch {
            #expect(error == .invalidTick(file: "n.csv", line: 16, column: 8, session: 3, value: mark))
            #expect(
                error.description
                    == "n.csv:16: column H (session 3): \"\(mark)\" is not a tick; write x, 1, ja or yes for present, or leave the box empty for absent; nothing was imported."
            )
        }
    }

    @Test func anotherCirclesListIsRejected() {
        var other = sheet
        other.circleID = "media-arvika-var22"
        #expect(
            throws: AttendanceImportError.wrongCircle(
                file: "a.csv",
                line: 3,
                found: "media-arvika-var22",
                expected: "fem-karlstad-var22"
            )
        ) {
            try AttendanceCSV.importTicks(text: AttendanceCSV.export(other), sheet: sheet, file: "a.csv")
        }
    }

    @Test func aPersonListedTwiceIsRejected() {
        let text = AttendanceCSV.export(sheet).replacingOccurrences(of: "\r\np0003,", with: "\r\np0002,")
        #expect(throws: AttendanceImportError.duplicatePerson(file: "d.csv", line: 18, person: "p0002", firstLine: 17))
        {
            try AttendanceCSV.importTicks(text: text, sheet: sheet, file: "d.csv")
        }
    }

    @Test func notAListAndUnclosedQuote() {
        #expect(throws: AttendanceImportError.missingTableHead(file: "x.csv")) {
            try AttendanceCSV.importTicks(text: "namn,kryss\r\nAnna,x\r\n", sheet: sheet, file: "x.csv")
        }
        #expect(throws: AttendanceImportError.unterminatedQuote(file: "q.csv", line: 2)) {
            try AttendanceCSV.importTicks(text: "a,b\r\n\"open,c\r\nd\r\n", sheet: sheet, file: "q.csv")
        }
    }

    @Test func textAfterAClosingQuoteIsRefusedWithItsLine() {
        let text = AttendanceCSV.export(sheet).replacingOccurrences(of: "\r\np0003,", with: "\r\n\"p0003\"x,")
        let error = #expect(throws: AttendanceImportError.self) {
            try AttendanceCSV.importTicks(text: text, sheet: sheet, file: "t.csv")
        }
        #expect(
            error?.description
                == "t.csv:18: a quoted cell goes on after its closing quote (a \" is missing or one too many); nothing was imported."
        )
    }

    @Test func writtenFileIsPrivate() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/närvaro.csv"
        try AttendanceCSV.write(sheet, to: path)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(AttendanceCSV.export(sheet).utf8))
        // writing again over a world-readable file leaves it private
        chmod(path, 0o644)
        try AttendanceCSV.write(sheet, to: path)
        #expect(
            (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue == 0o600
        )
    }
}
