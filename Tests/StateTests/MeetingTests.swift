import Foundation
import GRDB
import Testing

@testable import State

/// The leader's list at the State level: one meeting saved whole with its trail and version,
/// stale and replayed forms refused with nothing written, lists and the CLI in the same trail.
@Suite struct MeetingTests {
    static let circle = "fem-karlstad-var22"

    static func save(
        session: Int = 1,
        present: Set<String>,
        distance: Set<String> = [],
        from: String = "18:30",
        to: String = "21:00",
        breakMinutes: Int = 15,
        expected: Int,
        nonce: String?
    ) -> MeetingSave {
        MeetingSave(
            circle: circle,
            session: session,
            marks: ["p0002", "p0003", "p0017"].map {
                AttendanceMark(
                    circle: circle,
                    session: session,
                    person: $0,
                    present: present.contains($0),
                    distance: distance.contains($0)
                )
            },
            from: from,
            to: to,
            breakMinutes: breakMinutes,
            expectedVersion: expected,
            source: .web(circle: circle),
            formNonce: nonce
        )
    }

    /// Every row of the tables a save writes, read with GRDB directly: equal before and
    /// after means nothing was written.
    static func snapshot(_ fixture: StateFixture) throws -> [String] {
        try DatabaseQueue(path: fixture.file.path).read { db in
            var rows: [String] = []
            for table in ["attendance", "attendance_meeting", "attendance_audit", "spent_form_token"] {
                rows += try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY rowid").map { "\(table) \($0)" }
            }
            return rows
        }
    }

    static func trail(_ store: StateStore) throws -> [String] {
        try store.attendanceHistory(circle: circle).map {
            "\($0.session) \($0.person ?? "-") \($0.field.rawValue) \($0.oldValue ?? "-")->\($0.newValue ?? "-") \($0.source) \($0.origin ?? "-")"
        }
    }

    @Test func aSaveWritesAnswersTimesVersionAndTrailTogether() throws {
        let fixture = try StateFixture()
        let store = try fixture.open()
        let first = try store.saveMeeting(
            Self.save(present: ["p0002", "p0003"], distance: ["p0003"], expected: 0, nonce: "n1")
        )
        #expect(first == .saved(version: 1))
        #expect(try store.isFormTokenSpent("n1"))
        let meeting = try #require(try store.meetings(circle: Self.circle).first)
        #expect(meeting.from == "18:30" && meeting.to == "21:00" && meeting.breakMinutes == 15)
        #expect(meeting.version == 1 && meeting.source == "web" && meeting.origin == "lead/\(Self.circle)")
        #expect(meeting.savedAt == fixture.clock.now)
        let records = try store.attendance(circle: Self.circle)
        #expect(records.map(\.present) == [true, true, false])
        #expect(records.map(\.distance) == [false, true, false])
        #expect(records.allSatisfy { $0.source == "web" })
        let web = "web lead/\(Self.circle)"
        #expect(
            try Self.trail(store) == [
                "1 p0002 present -->yes \(web)", "1 p0003 present -->yes \(web)", "1 p0003 distance -->yes \(web)",
                "1 p0017 present -->no \(web)", "1 - from -->18:30 \(web)", "1 - to -->21:00 \(web)",
                "1 - break -->15 \(web)",
            ]
        )

        // The next form: only what changed goes to the trail; the version rises even when
        // nothing but the time changed.
        fixture.clock.advance(minutes: 5)
        let second = try store.saveMeeting(
            Self.save(present: ["p0002"], to: "20:45", expected: 1, nonce: "n2")
        )
        #expect(second == .saved(version: 2))
        #expect(
            try Self.trail(store).suffix(3) == [
                "1 p0003 present yes->no \(web)", "1 p0003 distance yes->no \(web)", "1 - to 21:00->20:45 \(web)",
            ]
        )
        let same = try store.saveMeeting(Self.save(present: ["p0002"], to: "20:45", expected: 2, nonce: "n3"))
        #expect(same == .saved(version: 3))
        #expect(try Self.trail(store).count == 10)
    }

    @Test func theSameFormTwiceIsAReplayAndWritesNothing() throws {
        let fixture = try StateFixture()
        let store = try fixture.open()
        let form = Self.save(present: ["p0002", "p0003"], expected: 0, nonce: "n1")
        #expect(try store.saveMeeting(form) == .saved(version: 1))
        let before = try Self.snapshot(fixture)
        #expect(throws: StateError.formTokenSpent) { try fixture.open().saveMeeting(form) }
        #expect(try Self.snapshot(fixture) == before)
    }

    @Test func aFormFromAStalePageIsRefusedWithTheNewerStateAndWritesNothing() throws {
        let fixture = try StateFixture()
        let store = try fixture.open()
        #expect(
            try store.saveMeeting(Self.save(present: ["p0002", "p0003"], expected: 0, nonce: "a")) == .saved(version: 1)
        )
        let before = try Self.snapshot(fixture)
        // A second phone had the page open before the first saved.
        let outcome = try fixture.open().saveMeeting(Self.save(present: ["p0017"], expected: 0, nonce: "b"))
        guard case .stale(let meeting, let records) = outcome else {
            Issue.record("a stale form was saved: \(outcome)")
            return
        }
        #expect(meeting?.version == 1)
        #expect(records.filter(\.present).map(\.person) == ["p0002", "p0003"])
        #expect(try Self.snapshot(fixture) == before)
        #expect(try !store.isFormTokenSpent("b"))  // rolled back with the rest
    }

    @Test func twoStoresSavingTheSameMeetingAtOnceGiveOneWinnerAndOneStale() throws {
        let fixture = try StateFixture()
        let stores = [try fixture.open(), try fixture.open()]
        let forms = [
            Self.save(present: ["p0002"], expected: 0, nonce: "phone-1"),
            Self.save(present: ["p0003", "p0017"], from: "18:35", expected: 0, nonce: "phone-2"),
        ]
        let outcomes = Outcomes()
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            outcomes.set(index, Result { try stores[index].saveMeeting(forms[index]) })
        }
        let results = try outcomes.all.map { try $0.get() }
        let winners = results.indices.filter { results[$0] == .saved(version: 1) }
        try #require(winners.count == 1, "\(results)")
        let winner = winners[0]
        guard case .stale(let meeting, _) = results[1 - winner] else {
            Issue.record("the loser was not refused as stale: \(results)")
            return
        }
        #expect(meeting?.version == 1)
        let store = try fixture.open()
        let present = try store.attendance(circle: Self.circle).filter(\.present).map(\.person)
        #expect(Set(present) == Set(forms[winner].marks.filter(\.present).map(\.person)))
        #expect(try store.isFormTokenSpent(forms[winner].formNonce!))
        #expect(try !store.isFormTokenSpent(forms[1 - winner].formNonce!))
        // The trail has exactly the winner's values: 3 answers and 3 meeting values.
        #expect(try store.attendanceHistory(circle: Self.circle).count == 6)
    }

    @Test func aListAndTheCommandLineGoThroughTheTrailAndRaiseTheVersion() throws {
        let fixture = try StateFixture()
        let store = try fixture.open()
        #expect(
            try store.saveMeeting(Self.save(present: ["p0002", "p0003"], distance: ["p0002"], expected: 0, nonce: nil))
                == .saved(version: 1)
        )
        fixture.clock.advance(minutes: 60)
        // The list, ticked on paper: p0002 there (no distance column: the page's mark stays),
        // p0003 not, p0017 there.
        let list = AttendanceSource.csv(file: "fem.csv")
        let marks = [("p0002", true), ("p0003", false), ("p0017", true)].map {
            AttendanceMark(circle: Self.circle, session: 1, person: $0.0, present: $0.1)
        }
        #expect(try store.recordAttendance(marks, source: list) == 3)
        let records = try store.attendance(circle: Self.circle)
        #expect(records.map(\.present) == [true, false, true])
        #expect(records.map(\.distance) == [true, false, false])
        #expect(records.map(\.source) == ["fem.csv", "fem.csv", "fem.csv"])
        let meeting = try #require(try store.meetings(circle: Self.circle).first)
        #expect(meeting.version == 2 && meeting.source == "csv" && meeting.origin == "fem.csv")
        #expect(meeting.from == "18:30")  // the list says nothing of times: the page's stand
        #expect(
            try Self.trail(store).suffix(2) == [
                "1 p0003 present yes->no csv fem.csv", "1 p0017 present no->yes csv fem.csv",
            ]
        )
        // The same list again changes nothing, not even the version.
        #expect(try store.recordAttendance(marks, source: list) == 0)
        #expect(try store.meetings(circle: Self.circle).first?.version == 2)
        // The page from before the import is stale now.
        guard case .stale = try store.saveMeeting(Self.save(present: [], expected: 1, nonce: "late")) else {
            Issue.record("a form from before the import was saved")
            return
        }
        // A session only the command line recorded has a version but no times.
        try store.recordAttendance(
            [AttendanceMark(circle: Self.circle, session: 2, person: "p0002", present: true)],
            source: .cli
        )
        let cli = try #require(try store.meetings(circle: Self.circle).last)
        #expect(cli.session == 2 && cli.version == 1 && cli.from == nil && cli.breakMinutes == nil)
        #expect(try Self.trail(store).last == "2 p0002 present -->yes cli -")
    }

    @Test func answersFromBeforeTheMigrationReadAsInTheRoom() throws {
        let fixture = try StateFixture()
        try FileManager.default.createDirectory(
            at: fixture.file.deletingLastPathComponent(),
            withIntermediateDirectories: true
        )
        let queue = try DatabaseQueue(path: fixture.file.path)
        try StateMigrations.migrator.migrate(queue, upTo: "v6-form-tokens-and-published-tokens")
        try queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO attendance (circle, session, person, present, recorded_at, source)
                    VALUES ('fem-karlstad-var22', 1, 'p0002', 1, '2022-02-01 21:00:00.000', 'fem.csv')
                    """
            )
        }
        try queue.close()
        let store = try fixture.open()
        let records = try store.attendance(circle: Self.circle)
        #expect(records.count == 1 && records[0].present && !records[0].distance)
        #expect(try store.meetings(circle: Self.circle).isEmpty)
    }

    @Test(arguments: [
        ("25:00", "21:00"), ("18:30", "18:30"), ("21:00", "18:30"), ("18.30", "21:00"),
    ])
    func timesTheSchemaRefusesWriteNothing(from: String, to: String) throws {
        let fixture = try StateFixture()
        let store = try fixture.open()
        let before = try Self.snapshot(fixture)
        #expect(throws: StateError.self) {
            try store.saveMeeting(Self.save(present: ["p0002"], from: from, to: to, expected: 0, nonce: "n"))
        }
        #expect(try Self.snapshot(fixture) == before)
    }

    @Test func anAnswerOfAnotherMeetingIsRefused() throws {
        let fixture = try StateFixture()
        var save = Self.save(present: ["p0002"], expected: 0, nonce: "n")
        save.marks.append(AttendanceMark(circle: Self.circle, session: 2, person: "p0002", present: true))
        #expect(throws: StateError.self) { try fixture.open().saveMeeting(save) }
        #expect(try fixture.count("attendance") == 0)
    }
}

/// The outcomes of concurrent saves, one slot per thread.
// @unchecked Sendable is safe: `results` is only touched while `lock` is held.
final class Outcomes: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [Int: Result<MeetingSaveResult, any Error>] = [:]

    func set(_ index: Int, _ result: Result<MeetingSaveResult, any Error>) {
        lock.lock()
        results[index] = result
        lock.unlock()
    }

    var all: [Result<MeetingSaveResult, any Error>] {
        lock.lock()
        defer { lock.unlock() }
        return results.keys.sorted().map { results[$0]! }
    }
}
