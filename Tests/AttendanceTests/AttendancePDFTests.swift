import Attendance
import CirclesTesting
import Foundation
import Testing

@Suite final class AttendancePDFTests {
    /// This test's own folder, removed when the test ends.
    let folder: String
    init() throws { folder = try Fixtures.temporaryFolder() }
    deinit { try? FileManager.default.removeItem(atPath: folder) }

    /// Writes the sheets' PDF and returns its path.
    func writePDF(_ sheets: [AttendanceSheet]) throws -> String {
        let path = folder + "/närvaro-\(UUID().uuidString).pdf"
        if let keep = ProcessInfo.processInfo.environment["ATTENDANCE_KEEP_PDF"] {
            // For looking at the pages: ATTENDANCE_KEEP_PDF=/some/folder swift test --filter AttendancePDF
            try? FileManager.default.createDirectory(atPath: keep, withIntermediateDirectories: true)
            try AttendancePDF.write(
                sheets: sheets,
                to:
                    "\(keep)/\(sheets.map(\.circleID.rawValue).joined(separator: "+"))-\(sheets.map(\.participants.count))-\(sheets.map(\.sessions.count))-\(sheets[0].language).pdf"
            )
        }
        try AttendancePDF.write(sheets: sheets, to: path)
        return path
    }

    func text(_ pdf: String, page: Int? = nil) throws -> String {
        var arguments = ["-layout", "-enc", "UTF-8"]
        if let page { arguments += ["-f", String(page), "-l", String(page)] }
        return try ProcessRunner.tool("pdftotext", arguments + [pdf, "-"]).succeeded()
    }

    func pageCount(_ pdf: String) throws -> Int {
        let info = try ProcessRunner.tool("pdfinfo", [pdf]).succeeded()
        let line = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }!
        return Int(line.split(separator: " ").last!)!
    }

    @Test func everyParticipantSessionAndTheTitleAreInTheText() throws {
        let sheet = Fixtures.sheet(participants: 8, sessions: 4)
        let pdf = try writePDF([sheet])
        let content = try text(pdf)
        #expect(try pageCount(pdf) == 1)
        #expect(content.contains("Feministisk grundkurs för alla"))
        #expect(content.contains("fem-karlstad-var22"))
        #expect(content.contains("studiecirkel"))
        #expect(content.contains("Våren 2022"))
        #expect(content.contains("ABF Värmland, Karlstad – Stora salen"))
        #expect(content.contains("Anna Åkerlund"))
        #expect(content.contains("Sida 1 av 1"))
        for p in sheet.participants {
            #expect(content.contains(p.name), "missing \(p.name)")
            #expect(content.contains(p.association), "missing \(p.association)")
        }
        for s in sheet.sessions {
            #expect(content.contains(s.date.description), "missing \(s.date)")
            #expect(content.contains(s.timeRange))
        }
        #expect(content.contains("tis"))
        #expect(content.contains("Summa studietimmar"))
        #expect(content.contains("Cirkelledarens underskrift"))
    }

    @Test func swedishLettersSurvive() throws {
        let content = try text(try writePDF([Fixtures.sheet(participants: 12)]))
        for word in [
            "Åsa Andersson", "Örjan Andersson", "Märta Berg", "Jönsson Håkansson", "Säffle", "Närvarolista", "Kön",
            "Född", "Förening",
        ] {
            #expect(content.contains(word), "missing \(word)")
        }
    }

    @Test func fortyParticipantsBreakIntoPagesEachWithTheHeader() throws {
        let sheet = Fixtures.sheet(participants: 40, sessions: 4)
        let pdf = try writePDF([sheet])
        let pages = try pageCount(pdf)
        #expect(pages == 2)
        var seen: [String] = []
        for page in 1...pages {
            let content = try text(pdf, page: page)
            #expect(content.contains("Närvarolista: Feministisk grundkurs för alla"), "page \(page)")
            #expect(content.contains("fem-karlstad-var22"), "page \(page)")
            #expect(content.contains("Cirkelledare: Anna Åkerlund"), "page \(page)")
            #expect(content.contains("Sida \(page) av \(pages)"), "page \(page)")
            for s in sheet.sessions { #expect(content.contains(s.date.description), "page \(page) lacks \(s.date)") }
            #expect(content.contains("Namn"), "page \(page)")
            #expect(content.contains("Cirkelledarens underskrift"), "page \(page)")
            seen += sheet.participants.map(\.name).filter { content.contains($0) }
        }
        // Every participant on some page, none twice (names repeat in the fixture, so count rows).
        for p in sheet.participants { #expect(seen.contains(p.name)) }
        let allText = try text(pdf)
        let rows = allText.split(separator: "\n").filter { line in
            sheet.participants.contains { line.contains($0.name) }
        }
        #expect(rows.count == 40)
    }

    @Test func twelveSessionsAllAppearAndPagesStayReadable() throws {
        let sheet = Fixtures.sheet(participants: 6, sessions: 12)
        let pdf = try writePDF([sheet])
        let content = try text(pdf)
        for s in sheet.sessions { #expect(content.contains(s.date.description), "missing \(s.date)") }
        let pages = try pageCount(pdf)
        for page in 1...pages {
            let pageText = try text(pdf, page: page)
            for p in sheet.participants { #expect(pageText.contains(p.name), "page \(page) lacks \(p.name)") }
        }
    }

    @Test func twelveSessionsSplitIntoTwoPagesOfSixWithTheRangeInTheHeader() throws {
        let pdf = try writePDF([Fixtures.sheet(participants: 6, sessions: 12)])
        #expect(try pageCount(pdf) == 2)
        let first = try text(pdf, page: 1)
        let second = try text(pdf, page: 2)
        #expect(first.contains("Träff: 1–6 av 12") && first.contains("Sida 1 av 2"))
        #expect(second.contains("Träff: 7–12 av 12") && second.contains("Sida 2 av 2"))
        #expect(first.contains("2022-03-08") && !first.contains("2022-03-15"))  // sessions 6 and 7
        #expect(second.contains("2022-03-15") && !second.contains("2022-03-08"))
        for page in [first, second] {
            #expect(page.contains("Närvarolista: Feministisk grundkurs för alla"))
            #expect(page.contains("Summa studietimmar"))
            #expect(page.contains("36"))  // 12 x 3 study hours
        }
    }

    @Test func anEmptyCircleStillGetsOnePage() throws {
        let pdf = try writePDF([Fixtures.sheet(participants: 0, sessions: 3)])
        #expect(try pageCount(pdf) == 1)
        #expect(try text(pdf).contains("Sida 1 av 1"))
    }

    @Test func sameSheetsSameBytes() throws {
        let sheets = [Fixtures.sheet(participants: 25, sessions: 5)]
        #expect(try AttendancePDF.render(sheets: sheets) == AttendancePDF.render(sheets: sheets))
        // no wall-clock creation date that would make two runs differ
        let info = try ProcessRunner.tool("pdfinfo", [try writePDF(sheets)]).succeeded()
        #expect(!info.contains("CreationDate"))
        #expect(info.contains("Page size:       841.89 x 595.28 pts (A4)"))
    }

    @Test func englishLabels() throws {
        let content = try text(try writePDF([Fixtures.sheet(participants: 3, language: .en)]))
        for word in [
            "Attendance list: Feministisk grundkurs för alla", "Leader: Anna Åkerlund", "Page 1 of 1",
            "study circle", "Tue", "Total study hours", "Leader's signature", "Association",
        ] {
            #expect(content.contains(word), "missing \(word)")
        }
    }

    @Test func allCirclesInOneDocumentNumberPagesPerCircle() throws {
        var second = Fixtures.sheet(participants: 30, sessions: 3)
        second.circleID = "media-arvika-var22"
        second.courseTitle = "Mediaträning"
        let pdf = try writePDF([Fixtures.sheet(participants: 4), second])
        let pages = try pageCount(pdf)
        #expect(pages == 3)
        #expect(try text(pdf, page: 1).contains("fem-karlstad-var22"))
        #expect(try text(pdf, page: 1).contains("Sida 1 av 1"))
        #expect(try text(pdf, page: 2).contains("Mediaträning"))
        #expect(try text(pdf, page: 3).contains("Sida 2 av 2"))
        #expect(try text(pdf, page: 3).contains("media-arvika-var22"))
    }

    @Test func theFileIsPrivate() throws {
        let path = try writePDF([Fixtures.sheet()])
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)).prefix(5) == Data("%PDF-".utf8))
    }

    @Test func noSheetsIsAnError() {
        #expect(throws: AttendancePDFError.noSheets) { try AttendancePDF.render(sheets: []) }
    }
}
