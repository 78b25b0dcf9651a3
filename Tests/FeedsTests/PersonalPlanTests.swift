import Foundation
import Planner
import Testing

@testable import Feeds

/// `people/<token>.json`: what each person's page shows, written with their private feed.
@Suite struct PersonalPlanTests {
    @Test func eachPersonGetsTheirOwnCirclesSessionsAndLeader() throws {
        let fixture = try FeedsFixture()
        try fixture.publish(HandSchedule.dst())
        let store = try fixture.store()
        let sara = try store.token(for: "p0003").token
        let plan = try #require(PersonalPlan.decode(Array(try fixture.text("people/\(sara).json").utf8)))
        #expect(plan.person == "p0003" && plan.name == "Lind, Sara")
        #expect(plan.circles.map(\.id) == ["fem-karlstad-var22"])
        let circle = plan.circles[0]
        #expect(circle.leader == "Anna Andersson" && !circle.leads && circle.course == "feministisk-grundkurs")
        #expect(circle.sessions.map(\.number) == [1, 2, 3, 4])
        #expect(circle.sessions[0].start == "2022-03-17T18:30" && circle.sessions[0].end == "2022-03-17T21:00")
        // After the DST switch the local time stays 18:30.
        #expect(circle.sessions[2].start == "2022-03-31T18:30")
        #expect(circle.sessions.allSatisfy { !$0.moved && !$0.cancelled })
        #expect(try Self.mode(fixture.output.appendingPathComponent("people/\(sara).json")) == 0o600)

        let anna = try store.token(for: "p0001").token
        let leader = try #require(PersonalPlan.decode(Array(try fixture.text("people/\(anna).json").utf8)))
        #expect(leader.circles.map(\.id) == ["fem-karlstad-var22", "media-digital-host22"])
        #expect(leader.circles.allSatisfy { $0.leads })
        #expect(leader.circles[1].venue == nil && leader.circles[1].onlineLink != nil)
    }

    @Test func aMovedSessionIsMarkedAndTheSameInputGivesTheSameBytes() throws {
        let fixture = try FeedsFixture()
        try fixture.publish(HandSchedule.dst())
        let sara = try fixture.store().token(for: "p0003").token
        let first = try fixture.text("people/\(sara).json")
        try fixture.publish(HandSchedule.dst())
        #expect(try fixture.text("people/\(sara).json") == first)
        try fixture.publish(HandSchedule.dst(movingSecondSessionBy: 1))
        let plan = try #require(PersonalPlan.decode(Array(try fixture.text("people/\(sara).json").utf8)))
        #expect(plan.circles[0].sessions.map(\.moved) == [false, true, false, false])
        #expect(plan.circles[0].sessions[1].start == "2022-03-25T18:30")
    }

    static func mode(_ url: URL) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int) ?? -1
    }
}
