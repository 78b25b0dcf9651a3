import CirclesTesting
import Foundation
import ICal
import Planner
import Testing

@testable import Feeds

/// The feed findings of issue 15, each kept as a regression: feeds that vanished, changes
/// that did not show, cancellations that looked like meetings, and hybrid members far away
/// who got no link.
@Suite struct ProbeRegressionTests {
    /// A second venue, in Arvika, for circles to move to.
    static let arvika = WorkspaceFixture.Edit.replace(
        "venues.yaml",
        "- id: digital",
        """
        - id: abf-arvika
          name: ABF Arvika
          municipality: Arvika
          address: "Storgatan 1, Arvika"
          location: { lat: 59.6553, lon: 12.5852 }
          rooms:
            - { id: sal, name: Salen, capacity: 20, features: [projector] }
        - id: digital
        """
    )

    /// The lines of the VEVENT with `uid` in a feed's (unfolded) text.
    static func event(_ uid: String, in text: String) throws -> [Substring] {
        let lines = unfolded(text).split(separator: "\r\n")
        let start = try #require(lines.firstIndex(of: Substring("UID:\(uid)")))
        let begin = lines[..<start].lastIndex(of: "BEGIN:VEVENT")!
        let end = lines[start...].firstIndex(of: "END:VEVENT")!
        return Array(lines[begin...end])
    }

    static func value(_ name: String, _ lines: [Substring]) -> String? {
        lines.first { $0.hasPrefix("\(name):") }.map { String($0.dropFirst(name.count + 1)) }
    }

    @Test func afterAVenueClosesAndItsCirclesMoveNoFeedEverPublishedIsMissing() throws {
        let fixture = try FeedsFixture([Self.arvika])
        try fixture.publish(HandSchedule.dst())
        let before = try fixture.files().keys.sorted()
        #expect(before.contains("calendars/venues/abf-karlstad.ics"))
        #expect(before.contains("calendars/venues/abf-arvika.ics"))  // no session yet: an empty calendar

        // ABF Karlstad closes for the spring; the circle moves to Arvika.
        let venues = URL(fileURLWithPath: fixture.workspacePath).appendingPathComponent("venues.yaml")
        let text = try String(contentsOf: venues, encoding: .utf8)
        try text.replacingOccurrences(
            of: "closed: [ { from: 2022-07-01, to: 2022-08-07 } ]",
            with: "closed: [ { from: 2022-03-01, to: 2022-08-07 } ]"
        ).write(to: venues, atomically: true, encoding: .utf8)
        var moved = HandSchedule.dst()
        moved.circles[0].venue = "abf-arvika"
        for index in moved.circles[0].sessions.indices { moved.circles[0].sessions[index].room = "abf-arvika/sal" }
        try fixture.publish(moved)

        let after = try fixture.files()
        #expect(after["index.html"] != nil)
        for path in before where path.hasSuffix(".ics") {
            let data = try #require(after[path], "\(path) was published before and is gone")
            let parsed = try ICalParser.parse(String(decoding: data, as: UTF8.self))
            #expect(parsed.errorCount == 0, "\(path)")
        }
        let karlstad = unfolded(try fixture.text("calendars/venues/abf-karlstad.ics"))
        #expect(try ICalParser.parse(karlstad).events.isEmpty)
        #expect(karlstad.contains("X-WR-CALNAME:ABF Värmland, Karlstad – Vänsterpartiet Värmland\r\n"))
        #expect(try ICalParser.parse(try fixture.text("calendars/venues/abf-arvika.ics")).events.count == 4)
    }

    @Test func aNewLeaderMovesTheStampsOfEveryPrivateCopyButNotTheSequence() throws {
        let fixture = try FeedsFixture()
        try fixture.publish(HandSchedule.dst())
        let token = try fixture.store().token(for: "p0003").token
        let uid = "fem-karlstad-var22-1@vansterpartiet-varmland"
        let first = try Self.event(uid, in: try fixture.text("people/\(token).ics"))
        #expect(
            first.contains("DESCRIPTION:Fyra träffar om partiets feministiska analys.\n\nCirkelledare: Anna Andersson")
        )

        fixture.clock.advance(days: 1)
        var changed = HandSchedule.dst()
        changed.circles[0].leader = "p0002"
        changed.circles[0].participants = ["p0003"]
        let report = try fixture.publish(changed)
        #expect(report.changedEvents == 4)
        #expect(report.unchangedEvents == 2)
        let second = try Self.event(uid, in: try fixture.text("people/\(token).ics"))
        #expect(second.contains("DESCRIPTION:Fyra träffar om partiets feministiska analys.\n\nCirkelledare: Erik Berg"))
        #expect(Self.value("SEQUENCE", second) == "0")
        #expect(Self.value("DTSTAMP", first) == "20220101T000000Z")
        #expect(Self.value("DTSTAMP", second) == "20220102T000000Z")
        #expect(Self.value("LAST-MODIFIED", second) == "20220102T000000Z")

        // The same again changes nothing.
        fixture.clock.advance(days: 1)
        let again = try fixture.publish(changed)
        #expect(again.changedEvents == 0 && again.unchangedEvents == 6)
        #expect(
            Self.value("DTSTAMP", try Self.event(uid, in: try fixture.text("people/\(token).ics")))
                == "20220102T000000Z"
        )
    }

    struct Crash: Error {}

    /// Probe 1: State is committed with the swap or not at all. A publication that dies
    /// before its swap leaves State as it was: the next one raises SEQUENCE once, not twice.
    @Test func aPublicationThatDiesBeforeItsSwapKeepsNothingInState() throws {
        let fixture = try FeedsFixture()
        try fixture.publish(HandSchedule.dst())
        let before = try fixture.store().publishedEvents()
        #expect(throws: FeedsError.self) {
            try fixture.publish(HandSchedule.dst(movingSecondSessionBy: 1)) { count in
                if count == 3 { throw Crash() }
            }
        }
        #expect(try fixture.store().publishedEvents() == before)
        try fixture.publish(HandSchedule.dst(movingSecondSessionBy: 1))
        let moved = try #require(
            try fixture.store().publishedEvent(uid: "fem-karlstad-var22-2@vansterpartiet-varmland")
        )
        #expect(moved.sequence == 1)
    }

    @Test func aNewTitleRaisesTheSequence() throws {
        let fixture = try FeedsFixture()
        try fixture.publish(HandSchedule.dst())
        let catalogue = URL(fileURLWithPath: fixture.workspacePath).appendingPathComponent(
            "catalogue/feministisk-grundkurs.yaml"
        )
        let text = try String(contentsOf: catalogue, encoding: .utf8)
        try text.replacingOccurrences(of: "title: Feministisk grundkurs", with: "title: Feministisk fortsättningskurs")
            .write(to: catalogue, atomically: true, encoding: .utf8)
        fixture.clock.advance(days: 1)
        let report = try fixture.publish(HandSchedule.dst())
        #expect(report.changedEvents == 4)
        let event = try Self.event(
            "fem-karlstad-var22-2@vansterpartiet-varmland",
            in: try fixture.text("calendars/circles/fem-karlstad-var22.ics")
        )
        #expect(Self.value("SUMMARY", event) == "Feministisk fortsättningskurs, träff 2 av 4")
        #expect(Self.value("SEQUENCE", event) == "1")
    }

    @Test func aCancelledSessionSaysSoInItsTitle() throws {
        let fixture = try FeedsFixture()
        try fixture.publish(HandSchedule.dst())
        var without = HandSchedule.dst()
        without.circles.removeFirst()
        try fixture.publish(without)
        let parsed = try ICalParser.parse(try fixture.text("calendars/circles/fem-karlstad-var22.ics"))
        #expect(parsed.events.map(\.summary) == (1...4).map { "INSTÄLLT: Feministisk grundkurs, träff \($0) av 4" })
        #expect(parsed.events.allSatisfy { $0.status == .cancelled })
        // Published again, still cancelled: the title is not prefixed twice.
        try fixture.publish(without)
        let again = try ICalParser.parse(try fixture.text("calendars/circles/fem-karlstad-var22.ics"))
        #expect(again.events.map(\.summary) == parsed.events.map(\.summary))
    }

    @Test func hybridRemoteMembersHaveTheLinkInTheirFeedAndOthersNot() throws {
        let fixture = try FeedsFixture([
            .replace("catalogue/feministisk-grundkurs.yaml", "format: in-person", "format: hybrid")
        ])
        var schedule = HandSchedule.dst()
        schedule.circles[0].remote = ["p0002"]  // Arvika is 55 km away in the fixture; say remote
        try fixture.publish(schedule)
        let uid = "fem-karlstad-var22-1@vansterpartiet-varmland"
        let remote = try Self.event(
            uid,
            in: try fixture.text("people/\(try fixture.store().token(for: "p0002").token).ics")
        )
        #expect(Self.value("URL", remote) == "https://meet.example.org/fem-karlstad-var22")
        #expect(remote.contains("CONFERENCE;VALUE=URI;FEATURE=VIDEO:https://meet.example.org/fem-karlstad-var22"))
        #expect(
            Self.value("DESCRIPTION", remote)
                == "Fyra träffar om partiets feministiska analys.\n\nCirkelledare: Anna Andersson\n\nDu är med på distans: https://meet.example.org/fem-karlstad-var22"
        )
        #expect(Self.value("LOCATION", remote) == "Stora salen, ABF Värmland, Karlstad, Drottninggatan 1, Karlstad")
        let near = try Self.event(
            uid,
            in: try fixture.text("people/\(try fixture.store().token(for: "p0003").token).ics")
        )
        #expect(Self.value("URL", near) == nil)
        let course = try Self.event(uid, in: try fixture.text("calendars/courses/feministisk-grundkurs.ics"))
        #expect(Self.value("URL", course) == nil)
    }
}
