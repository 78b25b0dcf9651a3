import Foundation
import Testing

@testable import Feeds

/// A circle's page marks a moved session and a cancelled one, as its feed does.
@Suite struct PageChangesTests {
    /// The `<li>` of session `number` on a circle's page.
    static func session(_ number: Int, of count: Int, in html: String) throws -> String {
        let start = try #require(html.range(of: "<span class=\"number\">Träff \(number) av \(count)</span>"))
        let end = html[start.upperBound...].range(of: "</li>")!
        return String(html[start.lowerBound..<end.lowerBound])
    }

    @Test func aMovedSessionIsMarkedMovedAndTheOthersNot() throws {
        let fixture = try FeedsFixture()
        try fixture.publish(HandSchedule.dst())
        let before = try fixture.text("circles/fem-karlstad-var22.html")
        #expect(!before.contains("Flyttad"))
        fixture.clock.advance(days: 2)
        try fixture.publish(HandSchedule.dst(movingSecondSessionBy: -1))
        let after = try fixture.text("circles/fem-karlstad-var22.html")
        let moved = try Self.session(2, of: 4, in: after)
        #expect(moved.contains("onsdag 23 mars 2022"))
        #expect(moved.contains("<strong class=\"status\">Flyttad</strong>"))
        for number in [1, 3, 4] { #expect(!(try Self.session(number, of: 4, in: after)).contains("status")) }
    }

    @Test func aCircleThatLeftThePlanHasEverySessionMarkedCancelled() throws {
        let fixture = try FeedsFixture()
        let full = HandSchedule.dst()
        try fixture.publish(full)
        var without = full
        without.circles.removeAll { $0.id == "fem-karlstad-var22" }
        try fixture.publish(without)
        let page = try fixture.text("circles/fem-karlstad-var22.html")
        for number in 1...4 {
            let session = try Self.session(number, of: 4, in: page)
            #expect(session.contains("<strong class=\"status\">Inställd</strong>"), "session \(number)")
        }
        #expect(page.contains("<li class=\"cancelled\">"))
        // The course page lists it with its dates, without seats: it has no participants any more.
        let course = try fixture.text("courses/feministisk-grundkurs.html")
        #expect(course.contains("href=\"/circles/fem-karlstad-var22\""))
        #expect(!course.contains("platser kvar") && !course.contains("Fullt"))
    }
}
