import Attendance
import Catalogue
import CirclesTesting
import Foundation
import Planner
import State
import Testing

/// The leader's list below HTTP: meetings saved through `AttendanceLedger.saveMeeting` into a
/// real State file, read back as a `LeaderSheet`, with the report and the CSV list beside.
@Suite final class LeaderListTests {
    let folder: String
    init() throws { folder = try Fixtures.temporaryFolder() }
    deinit { try? FileManager.default.removeItem(atPath: folder) }

    static let circle: Circle.ID = "fem-karlstad-var22"
    static func time(_ text: String) -> LocalTime { LocalTime(text: text)! }

    /// Erik Berg (p0002) and Lind, Sara (p0003), led by p0001; Tuesdays 18:30–21:00 from 2022-02-01.
    func sheet() throws -> AttendanceSheet {
        let workspace = try WiredFixtures.workspace()
        let schedule = WiredFixtures.schedule([WiredFixtures.circle()])
        return try AttendanceSheet(workspace: workspace, schedule: schedule, circle: Self.circle)
    }

    func ledger() throws -> AttendanceLedger {
        AttendanceLedger(store: try StateStore(workspace: URL(fileURLWithPath: folder)))
    }

    /// Everything State holds of the circle: equal before and after means nothing was written.
    func snapshot(_ ledger: AttendanceLedger, nonce: String = "n") throws -> String {
        let store = ledger.store
        return
            "\(try store.attendance(circle: Self.circle.rawValue))|\(try store.meetings(circle: Self.circle.rawValue))|"
            + "\(try store.attendanceHistory(circle: Self.circle.rawValue))|\(try store.isFormTokenSpent(nonce))"
    }

    @discardableResult
    static func save(
        _ ledger: AttendanceLedger,
        _ sheet: AttendanceSheet,
        session: Int = 1,
        present: Set<Person.ID>,
        distance: Set<Person.ID> = [],
        from: String = "18:30",
        to: String = "21:00",
        breakMinutes: Int = 0,
        version: Int,
        nonce: String? = nil
    ) throws -> MeetingSaveOutcome {
        try ledger.saveMeeting(
            sheet: sheet,
            session: session,
            present: present,
            distance: distance,
            from: Self.time(from),
            to: Self.time(to),
            breakMinutes: breakMinutes,
            expectedVersion: version,
            source: .web(circle: Self.circle.rawValue),
            formNonce: nonce
        )
    }

    // MARK: study hours

    /// Hand-worked: 2h15 with a 15-minute break is 2 hours studied: 2 units of 45 minutes;
    /// 3h is 4; 44 minutes is 0; a break is deducted before counting, never rounded up.
    @Test(arguments: [
        ("18:30", "20:45", 15, 2), ("18:00", "21:00", 0, 4), ("18:00", "18:44", 0, 0), ("18:00", "18:45", 0, 1),
        ("18:30", "21:00", 0, 3), ("18:30", "21:00", 15, 3), ("18:30", "21:00", 16, 2), ("09:00", "12:00", 180, 0),
    ])
    func heldTimeGivesTheHoursTheStudyAssociationsCount(from: String, to: String, pause: Int, hours: Int) {
        #expect(HeldTime(from: Self.time(from), to: Self.time(to), breakMinutes: pause).studyHours == hours)
        let minutes = Self.time(to).minutesSinceMidnight - Self.time(from).minutesSinceMidnight
        #expect(ABFStudyCircleRules.studyHours(minutes: minutes, breakMinutes: pause) == hours)
    }

    @Test func theListTheReportAndThePageCountTheSameHours() throws {
        let sheet = try sheet()
        let ledger = try ledger()
        try Self.save(
            ledger,
            sheet,
            session: 1,
            present: ["p0002", "p0003"],
            to: "20:45",
            breakMinutes: 15,
            version: 0
        )
        try Self.save(ledger, sheet, session: 2, present: ["p0002", "p0003"], from: "18:00", to: "21:00", version: 0)
        try Self.save(ledger, sheet, session: 3, present: ["p0002", "p0003"], from: "18:00", to: "18:44", version: 0)
        let page = try ledger.leaderSheet(
            for: sheet,
            now: Date(timeIntervalSince1970: 1_645_542_000),  // 2022-02-22T15:00Z: session 4's day
            timeZone: TimeZone(identifier: "Europe/Stockholm")!
        )
        #expect(page.today == LocalDate(iso: "2022-02-22"))
        #expect(page.meetings.map(\.number) == [4, 3, 2, 1])
        #expect(page.meetings.map(\.studyHours) == [3, 0, 4, 2])
        #expect(page.studyHours == 6)  // 2 + 4 + 0: session 4 is not held yet
        let report = StudyReport(
            sheet: sheet,
            records: try ledger.records(of: Self.circle),
            held: try ledger.heldTimes(of: Self.circle),
            asOf: LocalDate(iso: "2022-02-22")!
        )
        #expect(report.studyHours == page.studyHours)
        #expect(report.meetings.map(\.studyHours) == [2, 4, 0])
        // Without held times the planned 18:30–21:00 counts 3 each, as before.
        let planned = StudyReport(
            sheet: sheet,
            records: try ledger.records(of: Self.circle),
            asOf: LocalDate(iso: "2022-02-22")!
        )
        #expect(planned.studyHours == 9)
    }

    // MARK: saving

    @Test func aSaveRecordsEveryParticipantAndTheTrailSaysWhatChanged() throws {
        let sheet = try sheet()
        let ledger = try ledger()
        #expect(
            try Self.save(ledger, sheet, present: ["p0002", "p0003"], distance: ["p0003"], version: 0, nonce: "n1")
                == .saved(version: 1)
        )
        let states = try ledger.meetingStates(of: sheet)
        #expect(states.map(\.version) == [1, 0, 0, 0])
        #expect(states[0].present == ["p0002", "p0003"] && states[0].distance == ["p0003"])
        #expect(states[0].held == HeldTime(from: Self.time("18:30"), to: Self.time("21:00"), breakMinutes: 0))
        #expect(states[0].source == .web(circle: Self.circle.rawValue))
        #expect(
            try ledger.records(of: Self.circle).map(\.distance) == [false, true]
        )
        #expect(
            try ledger.history(of: Self.circle).map { "\($0.person ?? "-") \($0.field.rawValue) \($0.newValue ?? "-")" }
                == [
                    "p0002 present yes", "p0003 present yes", "p0003 distance yes", "- from 18:30", "- to 21:00",
                    "- break 0",
                ]
        )
    }

    /// The same form sent twice (a double tap): the second is a replay and writes nothing;
    /// sent again with a fresh token but the page's old version, it is stale.
    @Test func doubleSubmissionLeavesOneStateAndACompleteTrail() throws {
        let sheet = try sheet()
        let ledger = try ledger()
        #expect(try Self.save(ledger, sheet, present: ["p0002"], version: 0, nonce: "form-1") == .saved(version: 1))
        let after = try snapshot(ledger, nonce: "form-1")
        #expect(throws: MeetingSaveError.formTokenSpent) {
            try Self.save(ledger, sheet, present: ["p0002"], version: 0, nonce: "form-1")
        }
        #expect(try snapshot(ledger, nonce: "form-1") == after)
        let again = try Self.save(ledger, sheet, present: ["p0002"], version: 0, nonce: "form-2")
        guard case .stale(let current) = again else {
            Issue.record("a form from before the save was saved: \(again)")
            return
        }
        #expect(current.version == 1 && current.present == ["p0002"] && current.answered == ["p0002", "p0003"])
        #expect(try snapshot(ledger, nonce: "form-1") == after)
        #expect(try !ledger.store.isFormTokenSpent("form-2"))
        #expect(try ledger.history(of: Self.circle).count == 5)  // 2 answers + from, to, break
    }

    @Test func twoPhonesSavingAtOnceGiveOneWinnerAndOneStale() throws {
        let sheet = try sheet()
        let ledgers = [try ledger(), try ledger()]
        let forms: [Set<Person.ID>] = [["p0002"], ["p0003"]]
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            results.set(
                index,
                Result {
                    try Self.save(ledgers[index], sheet, present: forms[index], version: 0, nonce: "phone-\(index)")
                }
            )
        }
        let outcomes = try results.all.map { try $0.get() }
        let winner = try #require(outcomes.firstIndex(of: .saved(version: 1)))
        guard case .stale(let current) = outcomes[1 - winner] else {
            Issue.record("both saved: \(outcomes)")
            return
        }
        #expect(current.version == 1 && current.present == forms[winner])
        let states = try ledgers[0].meetingStates(of: sheet)
        #expect(states[0].present == forms[winner] && states[0].version == 1)
        #expect(try ledgers[0].history(of: Self.circle).count == 5)
    }

    /// The page and a ticked list record the same meeting: per person the later write wins,
    /// both are in the trail, and the page from before the list is stale.
    @Test func theLaterWriteWinsBetweenThePageAndAList() throws {
        let sheet = try sheet()
        let ledger = try ledger()
        try Self.save(ledger, sheet, present: ["p0002"], distance: ["p0002"], to: "20:45", breakMinutes: 15, version: 0)
        var list = AttendanceCSV.export(sheet)
        list = TickEditor.tick(list, person: "p0003", session: 1)
        list = TickEditor.tick(list, person: "p0002", session: 2)
        #expect(try ledger.importTicks(text: list, sheet: sheet, file: "fem.csv") == 8)
        var states = try ledger.meetingStates(of: sheet)
        #expect(states[0].present == ["p0003"] && states[0].distance.isEmpty)
        #expect(states[0].version == 2 && states[0].source == .csv(file: "fem.csv"))
        #expect(states[0].held?.studyHours == 2)  // the list says nothing of times: the page's stand
        #expect(states[1].present == ["p0002"] && states[1].version == 1)

        let stale = try Self.save(ledger, sheet, present: ["p0002"], version: 1)
        guard case .stale(let current) = stale else {
            Issue.record("a page from before the list overwrote it")
            return
        }
        #expect(current.present == ["p0003"])
        #expect(try Self.save(ledger, sheet, present: ["p0002", "p0003"], version: 2) == .saved(version: 3))
        states = try ledger.meetingStates(of: sheet)
        #expect(states[0].present == ["p0002", "p0003"])
        let trail = try ledger.history(of: Self.circle).filter { $0.session == 1 }
            .map {
                "\($0.source) \($0.person ?? "-") \($0.field.rawValue) \($0.oldValue ?? "-")->\($0.newValue ?? "-")"
            }
        #expect(
            trail == [
                "web p0002 present -->yes", "web p0002 distance -->yes", "web p0003 present -->no",
                "web - from -->18:30",
                "web - to -->20:45", "web - break -->15",
                "csv p0002 present yes->no", "csv p0002 distance yes->no", "csv p0003 present no->yes",
                "web p0002 present no->yes", "web - to 20:45->21:00", "web - break 15->0",
            ]
        )
    }

    /// Every bad form is refused naming its field, and State is exactly as before.
    @Test(
        arguments: [
            (1, ["p0404"], [], "18:30", "21:00", 0, 0, MeetingInputError.Field.present),
            (1, ["p0002"], ["p0404"], "18:30", "21:00", 0, 0, .distance),
            (1, ["p0002"], ["p0003"], "18:30", "21:00", 0, 0, .distance),
            (0, ["p0002"], [], "18:30", "21:00", 0, 0, .session),
            (5, ["p0002"], [], "18:30", "21:00", 0, 0, .session),
            (1, ["p0002"], [], "21:00", "18:30", 0, 0, .to),
            (1, ["p0002"], [], "18:30", "18:30", 0, 0, .to),
            (1, ["p0002"], [], "18:30", "19:00", 31, 0, .break),
            (1, ["p0002"], [], "18:30", "19:00", -5, 0, .break),
            (1, ["p0002"], [], "18:30", "19:00", 0, -1, .version),
        ] as [(Int, [String], [String], String, String, Int, Int, MeetingInputError.Field)]
    )
    func aBadFormWritesNothing(
        session: Int,
        present: [String],
        distance: [String],
        from: String,
        to: String,
        pause: Int,
        version: Int,
        field: MeetingInputError.Field
    ) throws {
        let sheet = try sheet()
        let ledger = try ledger()
        try Self.save(ledger, sheet, present: ["p0003"], version: 0)  // something to keep
        let before = try snapshot(ledger)
        do {
            let outcome = try Self.save(
                ledger,
                sheet,
                session: session,
                present: Set(present.map { Person.ID($0) }),
                distance: Set(distance.map { Person.ID($0) }),
                from: from,
                to: to,
                breakMinutes: pause,
                version: version == 0 ? 1 : version,
                nonce: "n"
            )
            Issue.record("saved: \(outcome)")
        } catch let error as MeetingSaveError {
            guard case .invalid(let problem) = error else {
                Issue.record("not an input error: \(error)")
                return
            }
            #expect(problem.field == field, "\(problem)")
            #expect(
                problem.message(.sv).hasSuffix("inget sparades") && problem.message(.en).hasSuffix("nothing was saved")
            )
        }
        #expect(try snapshot(ledger) == before)
    }

    @Test func inputErrorsSayWhatIsWrongInPlainWords() {
        #expect(
            MeetingInputError.breakLongerThanMeeting(breakMinutes: 31, meetingMinutes: 30).description
                == "break: the break of 31 minutes is longer than the meeting (30 minutes); nothing was saved"
        )
        #expect(
            MeetingInputError.unknownSession(circle: Self.circle, session: 5, known: [1, 2, 3, 4]).message(.sv)
                == "cirkel fem-karlstad-var22 har ingen träff 5 (träffarna är 1, 2, 3, 4); inget sparades"
        )
        #expect(
            MeetingInputError.endNotAfterStart(from: Self.time("21:00"), to: Self.time("18:30")).description
                == "to: the end 18:30 is not after the start 21:00; nothing was saved"
        )
    }

    // MARK: the sheet

    @Test func theSheetPutsTheNextMeetingFirstWithMarksNoticesAndRules() throws {
        let sheet = try sheet()
        let ledger = try ledger()
        try Self.save(ledger, sheet, session: 1, present: ["p0002", "p0003"], distance: ["p0003"], version: 0)
        let page = LeaderSheet(
            sheet: sheet,
            meetings: try ledger.meetingStates(of: sheet),
            absences: [2: ["p0003"]],
            today: LocalDate(iso: "2022-02-03")!
        )
        #expect(page.meetings.map(\.number) == [2, 1, 3, 4])
        #expect(page.meetings.map(\.timing) == [.upcoming, .past, .upcoming, .upcoming])
        let next = page.meetings[0]
        #expect(next.date.iso == "2022-02-08" && next.weekday == .tue && next.version == 0 && !next.recorded)
        #expect(next.plannedStart.text == "18:30" && next.plannedEnd.text == "21:00" && next.held == nil)
        #expect(next.place == "ABF Värmland, Karlstad – Stora salen")
        #expect(next.participants.map(\.name) == ["Erik Berg", "Lind, Sara"])
        #expect(next.participants.map(\.noticeOfAbsence) == [false, true])
        let first = page.meetings[1]
        #expect(first.version == 1 && first.recorded && first.presentCount == 2)
        #expect(first.participants.map(\.distance) == [false, true])
        #expect(page.studyHours == 3 && page.plannedStudyHours == 12)

        // Every rule, as the report has them, in both languages.
        let report = StudyReport(sheet: sheet, records: try ledger.records(of: Self.circle), asOf: page.today)
        #expect(page.rules.map(\.rule) == StudyCircleRule.allCases)
        #expect(page.rules.map(\.status) == report.rules.map(\.status))
        #expect(page.rules.map(\.detail.sv) == report.rules.map(\.detail))
        #expect(page.rules[0].label.en == "3–20 people including the leader")
        // Two participants, one of whom cannot come: the next meeting cannot count.
        let headcount = try #require(page.rules.first { $0.rule == .presentAtEveryMeeting }?.risk)
        #expect(
            headcount.en
                == "only 1 participant can come to the next meeting (Tue 2022-02-08) now that 1 sent notice of absence: it counts only if at least 2 come (3 with the leader)"
        )
        #expect(headcount.sv.hasPrefix("bara 1 deltagare kan komma till nästa träff (tis 2022-02-08)"))

        let noNotice = LeaderSheet(sheet: sheet, meetings: try ledger.meetingStates(of: sheet), today: page.today)
        #expect(
            noNotice.rules.first { $0.rule == .presentAtEveryMeeting }?.risk
                == LocalizedText(
                    sv:
                        "2 personer måste komma till nästa träff (tis 2022-02-08) för att den ska räknas, 3 med ledaren",
                    en: "2 people must come to the next meeting (Tue 2022-02-08) for it to count, 3 with the leader"
                )
        )
        // A rule that can still be met says what must happen; a kept one is at no risk.
        let hours = try #require(noNotice.rules.first { $0.rule == .minimumStudyHours })
        #expect(hours.status == .open && hours.risk == hours.detail)
        #expect(noNotice.rules.first { $0.rule == .minimumAge }?.risk == nil)
    }

    /// Sara has not come to the first two meetings and cannot come to the third: the last
    /// that would make her count.
    @Test func aNoticeForTheLastOfTheFirstThreeMeetingsIsAtRisk() throws {
        let sheet = try sheet()
        let ledger = try ledger()
        try Self.save(ledger, sheet, session: 1, present: ["p0002"], version: 0)
        try Self.save(ledger, sheet, session: 2, present: ["p0002"], version: 0)
        let states = try ledger.meetingStates(of: sheet)
        let today = LocalDate(iso: "2022-02-10")!
        let page = LeaderSheet(sheet: sheet, meetings: states, absences: [3: ["p0003"]], today: today)
        let rule = try #require(page.rules.first { $0.rule == .presentAtFirstThree })
        #expect(rule.status == .open)
        #expect(
            rule.risk?.en
                == "Lind, Sara sent notice of absence for the next meeting (Tue 2022-02-15), the last of the first 3: they will not count as participants unless they come after all"
        )
        // Without the notice the report's words say what must happen.
        let plain = LeaderSheet(sheet: sheet, meetings: states, today: today)
        let open = try #require(plain.rules.first { $0.rule == .presentAtFirstThree })
        #expect(open.risk == open.detail)
        #expect(open.detail.en == "have not come yet and count only if present at the next meeting: Lind, Sara (p0003)")
    }

    @Test func withEveryMeetingPastTheLastComesFirst() throws {
        let sheet = try sheet()
        let page = LeaderSheet(sheet: sheet, meetings: [], today: LocalDate(iso: "2022-06-01")!)
        #expect(page.meetings.map(\.number) == [4, 3, 2, 1])
        #expect(page.meetings.allSatisfy { $0.timing == .past && $0.version == 0 })
        #expect(page.rules.first { $0.rule == .presentAtEveryMeeting }?.risk == nil)  // no next meeting
    }
}

/// The outcomes of concurrent saves, one slot per thread.
// @unchecked Sendable is safe: `results` is only touched while `lock` is held.
final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [Int: Result<MeetingSaveOutcome, any Error>] = [:]

    func set(_ index: Int, _ result: Result<MeetingSaveOutcome, any Error>) {
        lock.lock()
        results[index] = result
        lock.unlock()
    }

    var all: [Result<MeetingSaveOutcome, any Error>] {
        lock.lock()
        defer { lock.unlock() }
        return results.keys.sorted().map { results[$0]! }
    }
}
