import Catalogue
import CirclesTesting
import Foundation
import Planner
import ScheduleAudit
import Testing

/// The planner end to end: real workspace files loaded by the catalogue, planned,
/// and every hard rule re-verified by `ScheduleChecker` from the schedule alone.
@Suite struct PlanningTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private func plan(
        _ folder: String,
        seed: UInt64 = 1,
        moves: Int = 30_000,
        threads: Int = 1,
        previous: Schedule? = nil
    ) throws -> (Workspace, PlanOutcome) {
        let workspace = try Workspace.load(from: folder)
        let outcome = Planner(workspace: workspace).plan(
            PlanningOptions(seed: seed, timeLimit: nil, moveBudget: moves, threads: threads, previous: previous)
        )
        return (workspace, outcome)
    }

    @Test func demoWorkspacePlansWithNoHardViolationAndEveryRequestAccountedFor() throws {
        let (workspace, outcome) = try plan(Self.repository.appendingPathComponent("Courses").path)
        #expect(ScheduleChecker(workspace: workspace, schedule: outcome.schedule).violations() == [])
        #expect(outcome.schedule.score.hard == 0)
        #expect(outcome.schedule.unplaced.isEmpty)
        #expect(outcome.schedule.circles.count > 50)
    }

    @Test func sameWorkspaceAndSeedGiveByteIdenticalJSON() throws {
        let folder = try WorkspaceFixture.random(seed: 7).write()
        let first = try plan(folder, seed: 3).1.schedule.jsonData()
        let second = try plan(folder, seed: 3).1.schedule.jsonData()
        #expect(first == second)
    }

    /// Two search chains: still the same bytes for the same seed, and every hard rule kept.
    @Test func sameSeedAndThreadsGiveByteIdenticalJSON() throws {
        let folder = try WorkspaceFixture.random(seed: 8).write()
        let (workspace, first) = try plan(folder, seed: 3, threads: 2)
        let second = try plan(folder, seed: 3, threads: 2).1
        #expect(try first.schedule.jsonData() == second.schedule.jsonData())
        #expect(ScheduleChecker(workspace: workspace, schedule: first.schedule).violations() == [])
    }

    @Test(arguments: 0..<30)
    func randomWorkspacesKeepEveryHardRule(seed: UInt64) throws {
        let folder = try WorkspaceFixture.random(seed: seed).write()
        let (workspace, outcome) = try plan(folder, seed: seed)
        #expect(ScheduleChecker(workspace: workspace, schedule: outcome.schedule).violations() == [], "seed \(seed)")
        #expect(outcome.schedule.score.hard == 0)
    }

    /// A district with one association, one venue, one course and a trainer.
    private func smallDistrict(people: Int = 5, capacity: Int = 12) -> WorkspaceFixture {
        var workspace = WorkspaceFixture.blank
        workspace.addAssociation("karlstad", lat: 59.38, lon: 13.50)
        workspace.addVenue("abf", lat: 59.38, lon: 13.50, rooms: [(id: "sal", capacity: capacity)])
        workspace.addCourse("kurs", min: 3, max: 8)
        workspace.addPerson("t1", association: "karlstad", roles: "member;trainer", qualifications: "trainer")
        for p in 1...people {
            workspace.addPerson("p\(p)", association: "karlstad")
            workspace.enrol("p\(p)", "kurs")
        }
        return workspace
    }

    @Test func leaderWithNoFreeEveningIsNamedAsTheReason() throws {
        var workspace = smallDistrict()
        try workspace.apply(
            .replace(
                "people.csv",
                "t1,Person t1,karlstad,member;trainer,trainer,,1980,f",
                "t1,Person t1,karlstad,member;trainer,trainer,mon;tue;wed;thu,1970,m"
            )
        )
        let (_, outcome) = try plan(try workspace.write())
        let reasons = outcome.schedule.unplaced.flatMap(\.reasons)
        #expect(outcome.schedule.unplaced.count == 4)
        #expect(reasons.contains { $0.hasPrefix("leader t1 unavailable on ") }, "\(reasons)")
    }

    @Test func roomTooSmallNearbyIsExplainedPerRequest() throws {
        var workspace = WorkspaceFixture.blank
        workspace.addAssociation("karlstad", lat: 59.38, lon: 13.50)
        workspace.addVenue("near", lat: 59.38, lon: 13.50, rooms: [(id: "liten", capacity: 3)])
        workspace.addVenue("far", lat: 60.14, lon: 13.0, rooms: [(id: "stor", capacity: 20)])
        workspace.addCourse("kurs", min: 3, max: 8)
        workspace.addPerson("t1", association: "karlstad", roles: "member;trainer", qualifications: "trainer")
        for p in 1...5 {
            workspace.addPerson("p\(p)", association: "karlstad")
            workspace.enrol("p\(p)", "kurs")
        }
        let (_, outcome) = try plan(try workspace.write())
        #expect(outcome.schedule.circles.isEmpty)
        #expect(outcome.schedule.unassigned.count == 5)
        #expect(
            outcome.schedule.unassigned.allSatisfy {
                $0.reason == "no venue within 60 km of Förening karlstad has a room for 4 people"
            }
        )
    }

    @Test func deadlineTooEarlyForTheSessionsIsExplained() throws {
        var workspace = smallDistrict()
        workspace.addCourse("kurs", min: 3, max: 8, deadline: "2022-01-28")
        let (_, outcome) = try plan(try workspace.write())
        let reasons = outcome.schedule.unplaced.flatMap(\.reasons)
        #expect(!outcome.schedule.unplaced.isEmpty)
        #expect(reasons.contains { $0.contains("cannot end before deadline 2022-01-28") }, "\(reasons)")
    }

    @Test func participantsBeyondTravelLimitAreUnassignedWithTheReason() throws {
        var workspace = smallDistrict()
        workspace.addAssociation("torsby", lat: 60.14, lon: 13.0)
        workspace.addPerson("far", association: "torsby")
        workspace.enrol("far", "kurs")
        let (schedule) = try plan(try workspace.write()).1.schedule
        #expect(schedule.unassigned.map(\.person) == ["far"])
        #expect(schedule.unassigned.first?.reason == "no venue within 60 km of Förening torsby has a room for 4 people")
    }

    @Test func neighboursShareACircleWhenAloneTheyAreTooFew() throws {
        var workspace = WorkspaceFixture.blank
        workspace.addAssociation("big", lat: 59.38, lon: 13.50)
        workspace.addAssociation("small", lat: 59.60, lon: 13.10)  // 34 km from big
        workspace.addVenue("central", lat: 59.38, lon: 13.50, rooms: [(id: "sal", capacity: 20)])
        workspace.addVenue("north", lat: 59.60, lon: 13.10, rooms: [(id: "sal", capacity: 20)])
        workspace.addCourse("kurs", min: 4, max: 10)
        workspace.addPerson("t1", association: "big", roles: "member;trainer", qualifications: "trainer")
        workspace.addPerson("t2", association: "small", roles: "member;trainer", qualifications: "trainer")
        for p in 1...12 {
            workspace.addPerson("b\(p)", association: "big")
            workspace.enrol("b\(p)", "kurs")
        }
        for p in 1...2 {
            workspace.addPerson("s\(p)", association: "small")
            workspace.enrol("s\(p)", "kurs")
        }
        let (loaded, outcome) = try plan(try workspace.write())
        #expect(outcome.schedule.unassigned.isEmpty, "\(outcome.schedule.unassigned)")
        #expect(ScheduleChecker(workspace: loaded, schedule: outcome.schedule).violations() == [])
    }

    @Test func afterOrderHoldsForSharedParticipants() throws {
        var workspace = smallDistrict()
        workspace.addCourse("fortsattning", min: 3, max: 8, after: ["kurs"])
        for p in 1...5 { workspace.enrol("p\(p)", "fortsattning") }
        workspace.addPerson("t2", association: "karlstad", roles: "member;trainer", qualifications: "trainer")
        let (loaded, outcome) = try plan(try workspace.write())
        #expect(outcome.schedule.unplaced.isEmpty)
        #expect(ScheduleChecker(workspace: loaded, schedule: outcome.schedule).violations() == [])
    }

    /// `explain` names the course order by its direction: the later circle's early
    /// times are blocked because it "must start after" the earlier one has ended, the
    /// earlier circle's late times because it "must end before" the later one starts.
    @Test func explainingACircleNamesTheCourseOrderInItsDirection() throws {
        var workspace = smallDistrict()
        workspace.addCourse("fortsattning", min: 3, max: 8, after: ["kurs"])
        for p in 1...5 { workspace.enrol("p\(p)", "fortsattning") }
        workspace.addPerson("t2", association: "karlstad", roles: "member;trainer", qualifications: "trainer")
        let outcome = try plan(try workspace.write()).1
        let placed = outcome.schedule.circles.filter { !$0.sessions.isEmpty }
        let first = try #require(placed.first { $0.course.rawValue == "kurs" })
        let later = try #require(placed.first { $0.course.rawValue == "fortsattning" })
        let laterLines = try #require(outcome.explanation(of: later.id.rawValue))
        let firstLines = try #require(outcome.explanation(of: first.id.rawValue))
        let startsAfter = "must start after \(first.id.rawValue) has ended (course order): "
        let endsBefore = "must end before \(later.id.rawValue) starts (course order): "
        #expect(laterLines.contains { $0.hasPrefix("  - " + startsAfter) }, "\(laterLines)")
        #expect(!laterLines.contains { $0.contains("must end before") }, "\(laterLines)")
        #expect(firstLines.contains { $0.hasPrefix("  - " + endsBefore) }, "\(firstLines)")
        #expect(!firstLines.contains { $0.contains("must start after") }, "\(firstLines)")
    }

    @Test func replanningKeepsPublishedSessionsAndReportsForcedMoves() throws {
        var workspace = smallDistrict()
        let folder = try workspace.write()
        let first = try plan(folder).1
        let again = try plan(folder, seed: 99, previous: first.schedule).1
        #expect(again.schedule.circles.map(\.sessions) == first.schedule.circles.map(\.sessions))
        #expect(again.moved.isEmpty)

        // The leader can no longer come on the circle's weekday: it must move, and says so.
        let firstDay = first.schedule.circles[0].sessions[0].start.date
        try workspace.apply(
            .replace(
                "people.csv",
                "t1,Person t1,karlstad,member;trainer,trainer,,1980,f",
                "t1,Person t1,karlstad,member;trainer,trainer,\(firstDay.weekday.code),1970,m"
            )
        )
        let moved = try plan(try workspace.write(), previous: first.schedule).1
        #expect(moved.moved.count == 4)
        #expect(
            moved.moved.allSatisfy {
                $0.to != nil && $0.reason == "its published time is no longer possible for everyone"
            }
        )
    }
}
