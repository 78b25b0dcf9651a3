import Catalogue
import CirclesTesting
import Foundation
import GRDB
import ScheduleFormat
import Signups
import State
import Testing

@Suite("Retention")
struct RetentionTests {
    /// 2022-12-16 (autumn-2022's last day) + 365 days = 2023-12-16; the day after, at noon.
    static let afterAutumnRetention = Date(timeIntervalSince1970: 1_702_814_400)  // 2023-12-17T12:00:00Z

    static func retention(_ fixture: SignupsFixture) throws -> Retention {
        Retention(workspace: try fixture.files(), store: try fixture.store())
    }

    @Test func pendingSignupsGoAfterSevenDaysAndFormTokensAfterADay() throws {
        let fixture = try SignupsFixture()
        try fixture.signUp(email: "old@example.org")
        fixture.clock.advance(days: 7)
        let fresh = try fixture.signUp(email: "new@example.org")
        fixture.clock.advance(days: 0.5)
        let report = try Self.retention(fixture).prune()
        #expect(report.expiredSignups == 1)
        #expect(report.formTokens == 1)
        #expect(try fixture.store().signups().map(\.number) == [fresh.number])
    }

    @Test func dataStaysUntilRetentionDaysAfterItsTermAndThenGoes() throws {
        let fixture = try SignupsFixture()
        // Made in spring 2022 for a course of spring and autumn: its term is spring-2022.
        let spring = try fixture.signUpConfirmed(email: "ny@example.org")
        let store = try fixture.store()
        try store.addAbsence(person: "p0003", circle: "fem-karlstad-var22", session: 2, formNonce: "a1")
        try store.leaveCircle(
            person: "p0003",
            circle: "fem-karlstad-var22",
            course: "feministisk-grundkurs",
            formNonce: "a2"
        )
        try store.recordAttendance(
            [
                AttendanceMark(circle: "fem-karlstad-var22", session: 1, person: "p0002", present: true),
                AttendanceMark(circle: "fem-karlstad-var22", session: 1, person: "p0003", present: true),
            ],
            source: .cli
        )
        _ = try store.erase(person: "p0002", emailKey: nil, formNonce: "a3")
        // The kept plan says which term the circle is in.
        let kept = Schedule(
            workspace: "Courses",
            seed: 1,
            circles: [
                PlannedCircle(
                    id: "fem-karlstad-var22",
                    course: "feministisk-grundkurs",
                    term: "spring-2022",
                    leader: nil,
                    participants: [],
                    venue: nil,
                    sessions: []
                )
            ],
            unplaced: [],
            unassigned: [],
            score: ScoreSummary(hard: 0, soft: 0, parts: [:])
        )
        try store.keepPlan(scheduleJSON: String(decoding: try kept.jsonData(), as: UTF8.self), seed: 1)
        // Autumn 2022 sign-up: kept until a year after autumn.
        fixture.clock.set(Date(timeIntervalSince1970: 1_661_000_000))  // 2022-08-20
        let autumn = try fixture.signUpConfirmed(email: "ny2@example.org")

        // 2023-06-17 (spring-2022 ends 2022-06-17, + 365 days): still kept.
        fixture.clock.set(Date(timeIntervalSince1970: 1_686_996_000))  // 2023-06-17T10:00Z
        #expect(try Self.retention(fixture).pruning().signups.isEmpty)
        // The day after: the spring sign-up, the absence, the leaving and the erased person's
        // attendance go; the attendance of others stays. The erasure stays with nothing left... and goes too.
        fixture.clock.set(Date(timeIntervalSince1970: 1_687_089_600))  // 2023-06-18T12:00Z
        let report = try Self.retention(fixture).prune()
        #expect(report.signups == 1)
        #expect(report.absences == 1)
        #expect(report.leavings == 1)
        #expect(report.attendance == 1)
        #expect(report.erasures == 1)
        #expect(try fixture.store().signups().map(\.number) == [autumn.number])
        #expect(try fixture.store().attendance(person: "p0003").count == 1)
        #expect(try fixture.store().attendance(person: "p0002").isEmpty)
        // The trail of the pruned marks goes too; the others' stays.
        let trail = try DatabaseQueue(path: fixture.stateFile).read { db in
            try String.fetchAll(db, sql: "SELECT DISTINCT person FROM attendance_audit WHERE person IS NOT NULL")
        }
        #expect(trail == ["p0003"])
        _ = spring

        fixture.clock.set(Self.afterAutumnRetention)
        #expect(try Self.retention(fixture).prune().signups == 1)
        #expect(try fixture.store().signups().isEmpty)
    }

    @Test func anErasureIsKeptWhileTheAttendanceItKeepsIs() throws {
        let fixture = try SignupsFixture()
        let store = try fixture.store()
        fixture.clock.set(Date(timeIntervalSince1970: 1_661_000_000))  // 2022-08-20, autumn
        try store.recordAttendance(
            [AttendanceMark(circle: "autumn-circle", session: 1, person: "p0002", present: true)],
            source: .cli
        )
        fixture.clock.set(Date(timeIntervalSince1970: 1_646_136_000))  // back in spring 2022
        _ = try store.erase(person: "p0002", emailKey: nil, formNonce: "e1")
        // A year after spring: the erasure's own term is over, but the autumn attendance is kept.
        fixture.clock.set(Date(timeIntervalSince1970: 1_687_089_600))  // 2023-06-18
        let report = try Self.retention(fixture).prune()
        #expect(report.erasures == 0 && report.attendance == 0)
        fixture.clock.set(Self.afterAutumnRetention)
        let later = try Self.retention(fixture).prune()
        #expect(later.erasures == 1 && later.attendance == 1)
    }

    @Test func retentionDaysComeFromPlanYAML() throws {
        var workspace = WorkspaceFixture()
        try workspace.apply(
            .replace(
                "plan.yaml",
                "travel:\n",
                "web:\n  base_url: https://kalender.example.org\n  retention_days: 30\ntravel:\n"
            )
        )
        let fixture = try SignupsFixture(workspace)
        try fixture.signUpConfirmed(email: "ny@example.org")
        #expect(try Self.retention(fixture).retentionDays == 30)
        fixture.clock.set(Date(timeIntervalSince1970: 1_657_800_000))  // 2022-07-14: spring + 27 days
        #expect(try Self.retention(fixture).prune().signups == 0)
        fixture.clock.set(Date(timeIntervalSince1970: 1_658_318_400))  // 2022-07-20: spring + 33 days
        #expect(try Self.retention(fixture).prune().signups == 1)
    }

    @Test func aSignupMadeAfterItsCoursesLastTermIsKeptARetentionPeriodFromItsDate() throws {
        let fixture = try SignupsFixture()
        fixture.clock.set(Date(timeIntervalSince1970: 1_767_225_600))  // 2026-01-01
        try fixture.signUpConfirmed(email: "ny@example.org")
        fixture.clock.advance(days: 300)
        #expect(try Self.retention(fixture).prune().signups == 0)
        fixture.clock.advance(days: 70)
        #expect(try Self.retention(fixture).prune().signups == 1)
    }
}
