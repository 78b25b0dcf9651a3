import Foundation
import Testing

@testable import State

@Suite struct AttendanceTests {
    static func mark(_ person: String, session: Int = 1, present: Bool = true) -> AttendanceMark {
        AttendanceMark(circle: "fem-karlstad-var22", session: session, person: person, present: present)
    }

    static let list = AttendanceSource.csv(file: "närvarolista.csv")

    @Test func recordingTheSameAnswerAgainChangesNothing() throws {
        let fixture = try StateFixture()
        let marks = [Self.mark("p0002"), Self.mark("p0017", present: false)]
        #expect(try fixture.open().recordAttendance(marks, source: Self.list) == 2)
        let recordedAt = fixture.clock.now
        fixture.clock.advance(minutes: 60)
        #expect(try fixture.open().recordAttendance(marks, source: Self.list) == 0)
        let records = try fixture.open().attendance(circle: "fem-karlstad-var22")
        #expect(
            records == [
                AttendanceRecord(
                    circle: "fem-karlstad-var22",
                    session: 1,
                    person: "p0002",
                    present: true,
                    recordedAt: recordedAt,
                    source: "närvarolista.csv"
                ),
                AttendanceRecord(
                    circle: "fem-karlstad-var22",
                    session: 1,
                    person: "p0017",
                    present: false,
                    recordedAt: recordedAt,
                    source: "närvarolista.csv"
                ),
            ]
        )
        #expect(try fixture.count("attendance") == 2)
    }

    struct Injected: Error {}

    @Test func aFailureBetweenMarksRollsTheWholeBatchBack() throws {
        let fixture = try StateFixture()
        let store = try fixture.open()
        try store.recordAttendance([Self.mark("p0002", present: false)], source: Self.list)
        var calls: [Int] = []
        #expect(throws: StateError.self) {
            try store.recordAttendance([Self.mark("p0002"), Self.mark("p0017"), Self.mark("p0020")], source: Self.list)
            {
                done in
                calls.append(done)
                if done == 2 { throw Injected() }
            }
        }
        #expect(calls == [1, 2])  // called between marks, after two were written
        #expect(try fixture.count("attendance") == 1)
        #expect(try store.attendance(circle: "fem-karlstad-var22").map(\.present) == [false])
    }

    @Test func aDifferentAnswerReplacesTheOldOne() throws {
        let fixture = try StateFixture()
        let store = try fixture.open()
        try store.recordAttendance([Self.mark("p0017", present: false)], source: Self.list)
        fixture.clock.advance(minutes: 60)
        #expect(try store.recordAttendance([Self.mark("p0017", present: true)], source: .cli) == 1)
        let records = try store.attendance(circle: "fem-karlstad-var22")
        #expect(records.count == 1)
        #expect(records[0].present)
        #expect(records[0].source == "cli")
        #expect(records[0].recordedAt == fixture.clock.now)
    }

    @Test func recordsAreOrderedBySessionThenPerson() throws {
        let fixture = try StateFixture()
        let store = try fixture.open()
        try store.recordAttendance(
            [Self.mark("p0017", session: 2), Self.mark("p0002", session: 2), Self.mark("p0017", session: 1)],
            source: Self.list
        )
        try store.recordAttendance(
            [AttendanceMark(circle: "other", session: 1, person: "p0001", present: true)],
            source: .cli
        )
        let records = try store.attendance(circle: "fem-karlstad-var22")
        #expect(records.map { "\($0.session):\($0.person)" } == ["1:p0017", "2:p0002", "2:p0017"])
    }

    @Test(arguments: [
        mark("p0002", session: 0), mark("", session: 1),
        AttendanceMark(circle: "", session: 1, person: "p0002", present: true),
    ])
    func refusedMarkLeavesTheBatchUnrecorded(bad: AttendanceMark) throws {
        let fixture = try StateFixture()
        #expect(throws: StateError.self) {
            try fixture.open().recordAttendance(
                [Self.mark("p0002", session: 3), Self.mark("p0017", session: 3), bad],
                source: Self.list
            )
        }
        for table in ["attendance", "attendance_meeting", "attendance_audit"] { #expect(try fixture.count(table) == 0) }
    }

    @Test func aListWithoutANameIsRefused() throws {
        let fixture = try StateFixture()
        #expect(throws: StateError.self) {
            try fixture.open().recordAttendance([Self.mark("p0002")], source: .csv(file: ""))
        }
        #expect(try fixture.count("attendance") == 0)
    }
}
