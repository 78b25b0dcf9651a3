import Attendance
import Catalogue
import CirclesTesting
import Foundation
import Planner
import State
import Testing

/// The lists filled from the real workspace and schedule, and attendance stored in a
/// real State file (SQLite) through `AttendanceLedger`.
@Suite final class WiringTests {
    let folder: String
    init() throws { folder = try Fixtures.temporaryFolder() }
    deinit { try? FileManager.default.removeItem(atPath: folder) }

    func sheet(participants: [Person.ID] = ["p0002", "p0003"], extraPeople: Int = 0) throws -> AttendanceSheet {
        let workspace = try WiredFixtures.workspace(extraPeople: extraPeople)
        let schedule = WiredFixtures.schedule([WiredFixtures.circle(participants: participants)])
        return try AttendanceSheet(workspace: workspace, schedule: schedule, circle: "fem-karlstad-var22")
    }

    func ledger() throws -> AttendanceLedger {
        AttendanceLedger(store: try StateStore(workspace: URL(fileURLWithPath: folder)))
    }

    @Test func theSheetHoldsWhatTheWorkspaceAndTheScheduleSay() throws {
        let sheet = try sheet()
        #expect(sheet.organisation == "Vänsterpartiet Värmland")
        #expect(sheet.courseTitle == "Feministisk grundkurs")
        #expect(sheet.circleID == "fem-karlstad-var22")
        #expect(sheet.activityKind == .studyCircle)
        #expect(sheet.termName == "Våren 2022")
        #expect(sheet.venue == "ABF Värmland, Karlstad")
        #expect(sheet.room == "Stora salen")
        #expect(sheet.leaderName == "Anna Andersson")
        #expect(sheet.language == .sv)
        #expect(
            sheet.participants == [
                AttendanceParticipant(
                    id: "p0002",
                    name: "Erik Berg",
                    association: "Vänsterpartiet Arvika",
                    birthYear: 1990,
                    gender: .male
                ),
                AttendanceParticipant(
                    id: "p0003",
                    name: "Lind, Sara",
                    association: "Vänsterpartiet Karlstad",
                    birthYear: 2001,
                    gender: .other
                ),
            ]
        )
        #expect(sheet.sessions.map(\.date.iso) == ["2022-02-01", "2022-02-08", "2022-02-15", "2022-02-22"])
        #expect(
            sheet.sessions.allSatisfy {
                $0.weekday == .tue && $0.start == 18 * 60 + 30 && $0.end == 21 * 60 && $0.studyHours == 3
            }
        )
        #expect(sheet.plannedStudyHours == 12)
        #expect(sheet.termYear == 2022)
    }

    @Test func localTimesAcrossTheSpringSwitchStayLocal() throws {
        let workspace = try WiredFixtures.workspace()
        var circle = WiredFixtures.circle()
        circle.sessions = WiredFixtures.sessions(10)  // 2022-03-29 onwards are +02:00
        let sheet = try AttendanceSheet(workspace: workspace, circle: circle)
        #expect(sheet.sessions[8].date.iso == "2022-03-29")
        #expect(sheet.sessions.allSatisfy { $0.timeRange == "18:30–21:00" })
    }

    @Test func roomsThatChangeAreAllNamedAndOtherKindsComeFromTheCourse() throws {
        let workspace = try WiredFixtures.workspace()
        var circle = WiredFixtures.circle()
        circle.sessions[2].room = "abf-karlstad/lilla"
        #expect(try AttendanceSheet(workspace: workspace, circle: circle).room == "Stora salen, Lilla rummet")
        let media = PlannedCircle(
            id: "media-1",
            course: "mediatraning-kandidater",
            term: "autumn-2022",
            leader: "p0001",
            participants: ["p0002"],
            venue: "digital",
            sessions: [
                PlannedSession(
                    number: 1,
                    start: LocalTimestamp("2022-10-01T10:00:00+02:00")!,
                    end: LocalTimestamp("2022-10-01T11:30:00+02:00")!,
                    room: "digital/main"
                )
            ]
        )
        let sheet = try AttendanceSheet(workspace: workspace, circle: media)
        #expect(sheet.activityKind == .none)
        #expect(sheet.venue == "Digitalt möte" && sheet.termName == "Hösten 2022")
        #expect(sheet.sessions[0].studyHours == 2)
    }

    @Test func aCircleNotInThePlanOrAPersonGoneFromTheWorkspaceIsAClearError() throws {
        let workspace = try WiredFixtures.workspace()
        let schedule = WiredFixtures.schedule([WiredFixtures.circle()])
        #expect(throws: AttendanceSheetError.unknownCircle("fem-arvika", known: ["fem-karlstad-var22"])) {
            try AttendanceSheet(workspace: workspace, schedule: schedule, circle: "fem-arvika")
        }
        #expect(
            AttendanceSheetError.unknownCircle("fem-arvika", known: ["fem-karlstad-var22"]).description
                == "there is no circle fem-arvika in the kept plan (circles in the kept plan: fem-karlstad-var22)"
        )
        #expect(throws: AttendanceSheetError.unknownPerson(circle: "fem-karlstad-var22", person: "p0999")) {
            try AttendanceSheet(workspace: workspace, circle: WiredFixtures.circle(participants: ["p0002", "p0999"]))
        }
        // A session time that is not the schedule's text never reaches a list: the kept plan does not read.
        let text = String(decoding: try schedule.jsonData(), as: UTF8.self)
        #expect(text.contains("\"2022-02-08T18:30:00+01:00\""))
        let broken = text.replacingOccurrences(of: "2022-02-08T18:30:00+01:00", with: "2022-02-08 18:30")
        #expect(throws: DecodingError.self) { try Schedule(jsonData: Data(broken.utf8)) }
    }

    @Test func thePDFOfAPlannedCircleNamesEveryoneEveryDateAndTheTitle() throws {
        let sheet = try sheet()
        let path = folder + "/fem.pdf"
        try AttendancePDF.write(sheet: sheet, to: path)
        let text = try ProcessRunner.tool("pdftotext", ["-layout", "-enc", "UTF-8", path, "-"]).succeeded()
        for word in [
            "Feministisk grundkurs", "Vänsterpartiet Värmland", "fem-karlstad-var22", "studiecirkel", "Våren 2022",
            "ABF Värmland, Karlstad – Stora salen", "Anna Andersson", "Erik Berg", "Lind, Sara",
            "Vänsterpartiet Arvika",
        ] {
            #expect(text.contains(word), "missing \(word)")
        }
        for session in sheet.sessions { #expect(text.contains(session.date.iso)) }
    }

    @Test func fortyPeopleGiveSeveralPagesEachWithTheHeader() throws {
        let ids = WiredFixtures.extraIDs(40)
        let sheet = try sheet(participants: ids, extraPeople: 40)
        let path = folder + "/forty.pdf"
        try AttendancePDF.write(sheet: sheet, to: path)
        let info = try ProcessRunner.tool("pdfinfo", [path]).succeeded()
        let pages = Int(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }!.split(separator: " ").last!)!
        #expect(pages >= 2)
        var rows = 0
        for page in 1...pages {
            let text = try ProcessRunner.tool(
                "pdftotext",
                ["-layout", "-enc", "UTF-8", "-f", "\(page)", "-l", "\(page)", path, "-"]
            ).succeeded()
            #expect(text.contains("Närvarolista: Feministisk grundkurs"), "page \(page)")
            #expect(
                text.contains("fem-karlstad-var22") && text.contains("Cirkelledare: Anna Andersson"),
                "page \(page)"
            )
            #expect(text.contains("Sida \(page) av \(pages)"), "page \(page)")
            for session in sheet.sessions {
                #expect(text.contains(session.date.iso), "page \(page) lacks \(session.date)")
            }
            rows += text.split(separator: "\n").filter { $0.contains("Åsa Öberg ") }.count
        }
        #expect(rows == 40)
    }

    @Test func exportTickImportReportGivesTheHoursAndReimportingChangesNothing() throws {
        let sheet = try sheet()
        var text = AttendanceCSV.export(sheet)
        for (person, session) in [("p0002", 1), ("p0003", 1), ("p0002", 2), ("p0003", 2), ("p0003", 3)] {
            text = TickEditor.tick(text, person: person, session: session, with: ["x", "1", "ja"][session - 1])
        }
        let ledger = try ledger()
        #expect(try ledger.importTicks(text: text, sheet: sheet, file: "fem.csv") == 8)  // 2 people x 4 sessions
        let records = try ledger.records(of: sheet.circleID)
        let report = StudyReport(sheet: sheet, records: records, asOf: LocalDate(iso: "2022-02-16")!)
        #expect(report.meetings.map(\.session) == [1, 2, 3])
        #expect(report.studyHours == 9)
        #expect(report.participants.map(\.id) == ["p0002", "p0003"])
        #expect(report.genders == GenderCounts(male: 1, other: 1))

        let before = try ledger.store.attendance(circle: "fem-karlstad-var22")
        #expect(try ledger.importTicks(text: text, sheet: sheet, file: "fem.csv") == 0)
        #expect(try ledger.store.attendance(circle: "fem-karlstad-var22") == before)
    }

    @Test func aRowNamingSomeoneNotInTheCircleStoresNothing() throws {
        let sheet = try sheet()
        var text = TickEditor.tick(AttendanceCSV.export(sheet), person: "p0002", session: 1)
        text = text.replacingOccurrences(of: "p0003,", with: "p0001,")  // the leader is not a participant row
        let ledger = try ledger()
        #expect(
            throws: AttendanceRecordingError.list(
                .unknownPerson(
                    file: "fem.csv",
                    line: 16,
                    person: "p0001",
                    name: "Lind, Sara",
                    circle: "fem-karlstad-var22"
                )
            )
        ) {
            try ledger.importTicks(text: text, sheet: sheet, file: "fem.csv")
        }
        #expect(try ledger.records(of: sheet.circleID).isEmpty)
    }

    struct Injected: Error {}

    @Test func aFailureMidImportLeavesTheEarlierAttendanceExactlyAsItWas() throws {
        let sheet = try sheet()
        let ledger = try ledger()
        #expect(try ledger.record(sheet: sheet, session: 1, present: ["p0002"]) == 2)
        let before = try ledger.store.attendance(circle: "fem-karlstad-var22")

        var text = AttendanceCSV.export(sheet)
        for session in 1...4 { text = TickEditor.tick(text, person: "p0003", session: session) }
        var handled = 0
        #expect(throws: AttendanceRecordingError.self) {
            try ledger.importTicks(text: text, sheet: sheet, file: "fem.csv") { done in
                handled = done
                if done == 5 { throw Injected() }
            }
        }
        #expect(handled == 5)  // five of eight answers were written inside the transaction
        #expect(try ledger.store.attendance(circle: "fem-karlstad-var22") == before)
    }

    @Test func recordingASessionMarksEveryoneElseAbsent() throws {
        let sheet = try sheet()
        let ledger = try ledger()
        #expect(try ledger.record(sheet: sheet, session: 2, present: ["p0003"]) == 2)
        let records = try ledger.records(of: sheet.circleID)
        #expect(
            records == [
                AttendanceRecord(circle: "fem-karlstad-var22", session: 2, person: "p0002", present: false),
                AttendanceRecord(circle: "fem-karlstad-var22", session: 2, person: "p0003", present: true),
            ]
        )
        #expect(try ledger.record(sheet: sheet, session: 2, present: ["p0003"]) == 0)
    }

    @Test func anUnknownSessionOrPersonRecordsNothing() throws {
        let sheet = try sheet()
        let ledger = try ledger()
        #expect(
            throws: AttendanceRecordingError.unknownSession(
                circle: "fem-karlstad-var22",
                session: 5,
                known: [1, 2, 3, 4]
            )
        ) {
            try ledger.record(sheet: sheet, session: 5, present: ["p0002"])
        }
        #expect(throws: AttendanceRecordingError.notInCircle(circle: "fem-karlstad-var22", people: ["p0001", "p0404"]))
        {
            try ledger.record(sheet: sheet, session: 1, present: ["p0002", "p0001", "p0404", "p0001"])
        }
        #expect(
            AttendanceRecordingError.notInCircle(circle: "fem-karlstad-var22", people: ["p0404"]).description
                == "not participants of circle fem-karlstad-var22: p0404; nothing was recorded"
        )
        #expect(try ledger.records(of: sheet.circleID).isEmpty)
    }

    @Test func listsAreNeverWrittenUnderCalendars() throws {
        let sheet = try sheet()
        let calendars = folder + "/Calendars"
        try FileManager.default.createDirectory(atPath: calendars, withIntermediateDirectories: true)
        #expect(throws: AttendanceFileError.self) { try AttendanceCSV.write(sheet, to: calendars + "/fem.csv") }
        #expect(throws: AttendancePDFError.self) {
            try AttendancePDF.write(sheet: sheet, to: calendars + "/x/../fem.pdf")
        }
        // A link that leads into Calendars/ is refused too.
        try FileManager.default.createSymbolicLink(atPath: folder + "/lists", withDestinationPath: calendars)
        #expect(throws: AttendanceFileError.self) { try AttendanceCSV.write(sheet, to: folder + "/lists/fem.csv") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: calendars).isEmpty)

        try AttendanceCSV.write(sheet, to: folder + "/fem.csv")
        let mode = try FileManager.default.attributesOfItem(atPath: folder + "/fem.csv")[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }
}
