import Catalogue
import CirclesTesting
import Foundation
import ICal
import Planner
import State
import Testing

@testable import Feeds

/// UID, SEQUENCE and CANCELLED as the plan changes, across runs (a new StateStore each time,
/// as a new run of the CLI would open it).
@Suite struct StabilityTests {
    /// The VEVENT blocks of a file, by UID.
    static func events(_ text: String) -> [String: String] {
        var blocks: [String: String] = [:]
        for block in text.components(separatedBy: "BEGIN:VEVENT\r\n").dropFirst() {
            let body = block.components(separatedBy: "END:VEVENT\r\n")[0]
            let uid = body.components(separatedBy: "\r\n").first { $0.hasPrefix("UID:") }!.dropFirst(4)
            blocks[String(uid)] = body
        }
        return blocks
    }

    @Test func republishingAnUnchangedPlanChangesNoByte() throws {
        let fixture = try FeedsFixture()
        try fixture.publish(HandSchedule.dst())
        let first = try fixture.files()
        fixture.clock.advance(days: 3)
        let report = try fixture.publish(HandSchedule.dst())
        #expect(try fixture.files() == first)
        #expect(report.newEvents == 0 && report.changedEvents == 0 && report.cancelledEvents == 0)
        #expect(report.unchangedEvents == 6)
        // Same feeds, same names: tokens survived the new run.
        #expect(first.keys.filter { $0.hasPrefix("people/") && $0.hasSuffix(".ics") }.count == 3)
        #expect(first.keys.filter { $0.hasPrefix("people/") && $0.hasSuffix(".json") }.count == 3)
    }

    @Test func movingOneSessionChangesThatEventOnly() throws {
        let fixture = try FeedsFixture()
        try fixture.publish(HandSchedule.dst())
        let before = try fixture.files()
        fixture.clock.advance(days: 2)
        let report = try fixture.publish(HandSchedule.dst(movingSecondSessionBy: -1))
        let after = try fixture.files()
        #expect(report.changedEvents == 1 && report.unchangedEvents == 5 && report.newEvents == 0)
        #expect(Set(after.keys) == Set(before.keys))
        let moved = "fem-karlstad-var22-2@vansterpartiet-varmland"
        var filesWithMove = 0
        for (path, data) in after where path.hasSuffix(".ics") {
            let old = Self.events(String(decoding: before[path]!, as: UTF8.self))
            let new = Self.events(String(decoding: data, as: UTF8.self))
            #expect(Set(old.keys) == Set(new.keys), "\(path)")
            for (uid, block) in new where uid != moved {
                #expect(block == old[uid], "\(path) \(uid) changed")
            }
            if let block = new[moved] {
                filesWithMove += 1
                #expect(block.contains("SEQUENCE:1\r\n"))
                #expect(block.contains("DTSTART;TZID=Europe/Stockholm:20220323T183000\r\n"))
                #expect(block.contains("DTSTAMP:20220103T000000Z\r\n"))
                #expect(old[moved]!.contains("SEQUENCE:0\r\n"))
            } else {
                #expect(data == before[path], "\(path) changed without the moved session")
            }
        }
        // The course, circle, venue, association and the three people's feeds.
        #expect(filesWithMove == 7)
    }

    @Test func aRemovedCircleIsCancelledThenDroppedWhenItsDatePassed() throws {
        let fixture = try FeedsFixture()
        let first = try fixture.plan()
        let removed = try #require(first.circles.first { $0.id == "fem-karlstad-var22" })
        try fixture.publish(first)
        let peopleFiles = try fixture.files().keys.filter { $0.hasPrefix("people/") }

        // The organiser removes the fixed circle and its enrolments, and plans again.
        try FileManager.default.removeItem(atPath: fixture.workspacePath + "/circles.yaml")
        try "person,course\np0002,mediatraning-kandidater\n".write(
            toFile: fixture.workspacePath + "/enrolments.csv",
            atomically: true,
            encoding: .utf8
        )
        fixture.clock.advance(days: 1)
        let second = try fixture.plan(previous: first)
        #expect(!second.circles.contains { $0.id == "fem-karlstad-var22" })
        let report = try fixture.publish(second)
        #expect(report.cancelledEvents == removed.sessions.count)

        let circle = try ICalParser.parse(try fixture.text("calendars/circles/fem-karlstad-var22.ics"))
        #expect(circle.events.count == removed.sessions.count)
        for event in circle.events {
            #expect(event.status == .cancelled)
            #expect(event.sequence == 1)
        }
        // Its members see the cancellation in their own feeds too.
        let leaderToken = try fixture.store().token(for: "p0001").token
        let personal = try ICalParser.parse(try fixture.text("people/\(leaderToken).ics"))
        #expect(
            personal.events.filter { $0.uid.hasPrefix("fem-karlstad-var22-") }.allSatisfy { $0.status == .cancelled }
        )
        #expect(personal.events.contains { $0.uid.hasPrefix("fem-karlstad-var22-") })
        let participantToken = try fixture.store().token(for: "p0003").token
        #expect(peopleFiles.contains("people/\(participantToken).ics"))
        let participant = try ICalParser.parse(try fixture.text("people/\(participantToken).ics"))
        #expect(
            participant.events.count == removed.sessions.count
                && participant.events.allSatisfy { $0.status == .cancelled }
        )

        // Published again while the dates lie ahead: still CANCELLED, SEQUENCE unchanged.
        let again = try fixture.publish(second)
        #expect(again.stillCancelledEvents == removed.sessions.count && again.cancelledEvents == 0)
        #expect(
            try ICalParser.parse(try fixture.text("calendars/circles/fem-karlstad-var22.ics")).events.allSatisfy {
                $0.sequence == 1
            }
        )

        // On the day of its third session the first two have passed and are dropped.
        let third = removed.sessions[2].start.date
        let later = try fixture.publish(second, today: third)
        #expect(later.droppedEvents == 2 && later.stillCancelledEvents == removed.sessions.count - 2)
        let left = try ICalParser.parse(try fixture.text("calendars/circles/fem-karlstad-var22.ics")).events.map(\.uid)
        #expect(left == (3...removed.sessions.count).map { "fem-karlstad-var22-\($0)@vansterpartiet-varmland" })

        // After the last one the circle's feed has no events but stays at its URL with its
        // name (issue 15: a 404 leaves subscribers with the old sessions), and State knows why.
        let afterAll = try fixture.publish(second, today: LocalDate(year: 2023, month: 1, day: 1)!)
        #expect(afterAll.droppedEvents == removed.sessions.count - 2)
        let emptied = unfolded(try fixture.text("calendars/circles/fem-karlstad-var22.ics"))
        #expect(try ICalParser.parse(emptied).events.isEmpty)
        #expect(
            emptied.contains("X-WR-CALNAME:Feministisk grundkurs (fem-karlstad-var22) – Vänsterpartiet Värmland\r\n")
        )
        let withdrawn = try fixture.store().publishedEvents().filter { $0.circle == "fem-karlstad-var22" }
        #expect(withdrawn.count == removed.sessions.count && withdrawn.allSatisfy { $0.withdrawnAt != nil })
    }

    @Test func tokensSurviveRunsAndRotationRenamesThePrivateFeed() throws {
        let fixture = try FeedsFixture()
        try fixture.publish(HandSchedule.dst())
        let token = try fixture.store().token(for: "p0002").token
        let feed = "people/\(token).ics"
        let before = try fixture.files()
        #expect(before[feed] != nil)
        try fixture.publish(HandSchedule.dst())
        #expect(try fixture.store().token(for: "p0002").token == token)
        #expect(try fixture.files()[feed] == before[feed])

        let rotation = try fixture.store().rotateToken(for: "p0002")
        try fixture.publish(HandSchedule.dst())
        let after = try fixture.files()
        #expect(after[feed] == nil)
        #expect(after["people/\(rotation.current.token).ics"] == before[feed])
        let list = try String(contentsOf: fixture.feedsList, encoding: .utf8)
        #expect(list.contains("/p/\(rotation.current.token).ics"))
        #expect(!list.contains(token))
    }
}
