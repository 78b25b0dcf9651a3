import Foundation
import Testing

@testable import ICal

/// Calendars are assembled from events serialised once each (a session is in many feeds):
/// the bytes must be exactly what libical writes for the whole calendar as one tree.
@Suite struct AssemblyTests {
    /// Long enough to be folded several times, with å ä ö across fold points.
    static let longDescription = Array(
        repeating: "Fyra träffar om partiets feministiska analys, med läsning före varje träff;",
        count: 4
    ).joined(separator: " ")

    static var events: [ICalEvent] {
        var events = Fixtures.dstEvents
        events[0].description = longDescription
        // A year later: the VTIMEZONE must cover both years.
        events.append(
            Fixtures.event("s5@circles.example.org", ICalDateTime(year: 2023, month: 4, day: 13, hour: 18, minute: 30))
        )
        return events
    }

    @Test func anAssembledCalendarIsWhatLibicalWritesForTheWholeTree() throws {
        let text = try ICalWriter.serialize(Fixtures.calendar(Self.events))
        #expect(text.contains("BEGIN:VTIMEZONE"))
        #expect(
            Fixtures.unfold(text).contains(
                Self.longDescription.replacingOccurrences(of: ",", with: "\\,").replacingOccurrences(
                    of: ";",
                    with: "\\;"
                )
            )
        )
        #expect(try ICalParser.rewritten(text) == text)
    }

    @Test func eventsSerialisedOnceGiveTheSameBytesInEveryCalendar() throws {
        let writer = try ICalWriter(timeZone: .stockholm)
        let texts = try Self.events.map { try writer.text(of: $0) }
        #expect(texts.map(\.uid) == Self.events.map(\.uid))
        let whole = try ICalWriter.serialize(Fixtures.calendar(Self.events))
        let assembled = try writer.bytes(of: Fixtures.calendar([]), adding: texts)
        #expect(String(decoding: assembled, as: UTF8.self) == whole)
        // The same texts reused in a second calendar with another name and fewer events.
        let other = try writer.bytes(of: Fixtures.calendar([], name: "Karlstad"), adding: Array(texts.prefix(2)))
        let expected = try ICalWriter.serialize(Fixtures.calendar(Array(Self.events.prefix(2)), name: "Karlstad"))
        #expect(String(decoding: other, as: UTF8.self) == expected)
        // Own events come before the added texts.
        let mixed = try writer.bytes(of: Fixtures.calendar([Self.events[2]]), adding: [texts[0]])
        let parsed = try ICalParser.parse(String(decoding: mixed, as: UTF8.self))
        #expect(parsed.errorCount == 0)
        #expect(parsed.events.map(\.uid) == [Self.events[2].uid, Self.events[0].uid])
    }

    @Test func anEventThatCannotBeWrittenIsRefusedBeforeLibical() throws {
        let writer = try ICalWriter(timeZone: .stockholm)
        var event = Fixtures.dstEvents[0]
        event.start = ICalDateTime(year: 2022, month: 3, day: 27, hour: 2, minute: 30)  // skipped by the spring switch
        #expect(throws: ICalError.self) { try writer.text(of: event) }
    }
}
