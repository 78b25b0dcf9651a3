import Attendance
import Catalogue
import CirclesTesting
import Foundation
import Planner

/// The catalogue's fixture workspace and schedules written the way `circles plan` writes
/// them: the real inputs of `AttendanceSheet(workspace:schedule:circle:)`.
enum WiredFixtures {
    /// Weekly Tuesday sessions 18:30–21:00 from 2022-02-01; the offset switches to +02:00
    /// after 2022-03-27 as the planner writes it.
    static func sessions(_ count: Int, room: String = "abf-karlstad/stora") -> [PlannedSession] {
        let first = LocalDate(iso: "2022-02-01")!
        return (0..<count).map { i in
            let day = first.adding(days: 7 * i)
            let offset = day >= LocalDate(iso: "2022-03-27")! ? "+02:00" : "+01:00"
            return PlannedSession(
                number: i + 1,
                start: LocalTimestamp("\(day.iso)T18:30:00\(offset)")!,
                end: LocalTimestamp("\(day.iso)T21:00:00\(offset)")!,
                room: Room.ID(room)
            )
        }
    }

    static func circle(participants: [Person.ID] = ["p0002", "p0003"], sessions: Int = 4) -> PlannedCircle {
        PlannedCircle(
            id: "fem-karlstad-var22",
            course: "feministisk-grundkurs",
            term: "spring-2022",
            leader: "p0001",
            participants: participants,
            venue: "abf-karlstad",
            sessions: Self.sessions(sessions)
        )
    }

    static func schedule(_ circles: [PlannedCircle]) -> Schedule {
        Schedule(
            workspace: "Courses",
            seed: 1,
            circles: circles,
            unplaced: [],
            unassigned: [],
            score: ScoreSummary(hard: 0, soft: 0, parts: [:])
        )
    }

    /// The fixture with `extra` more members (`p1000`...), Swedish letters in their names.
    static func workspace(extraPeople extra: Int = 0) throws -> Workspace {
        var fixture = WorkspaceFixture()
        if extra > 0 {
            let rows = (0..<extra).map { i in
                "p\(1000 + i),Åsa Öberg \(i),\(i % 2 == 0 ? "karlstad" : "arvika"),member,,,\(1950 + i),\(["f", "m", "x"][i % 3]),"
            }
            try fixture.apply(.write("people.csv", WorkspaceFixture.people + rows.joined(separator: "\n") + "\n"))
        }
        return try fixture.load()
    }

    static func extraIDs(_ count: Int) -> [Person.ID] { (0..<count).map { Person.ID("p\(1000 + $0)") } }
}
