import Foundation
import Testing

@testable import ICal

/// Invalid values are refused before libical is touched, with a message for the organiser.
@Suite struct ErrorTests {
    static let cases: [(ICalEvent, String)] = {
        var emptyUID = Fixtures.event("", ICalDateTime(year: 2022, month: 4, day: 5, hour: 18))
        emptyUID.summary = "Medieträning"
        var skipped = Fixtures.event("a@x", ICalDateTime(year: 2022, month: 4, day: 5, hour: 18))
        skipped.start = ICalDateTime(year: 2022, month: 3, day: 27, hour: 2, minute: 30)
        var backwards = Fixtures.event("b@x", ICalDateTime(year: 2022, month: 4, day: 5, hour: 18))
        backwards.end = ICalDateTime(year: 2022, month: 4, day: 5, hour: 17)
        var badDate = Fixtures.event("c@x", ICalDateTime(year: 2022, month: 4, day: 5, hour: 18))
        badDate.end = ICalDateTime(year: 2022, month: 4, day: 31, hour: 20)
        return [
            (emptyUID, "event 'Medieträning' has an empty UID"),
            (
                skipped,
                "event a@x: DTSTART 2022-03-27T02:30:00 does not exist in Europe/Stockholm (invalid date or skipped by a daylight-saving switch)"
            ),
            (backwards, "event b@x: ends at 2022-04-05T17:00:00, not after its start 2022-04-05T18:00:00"),
            (
                badDate,
                "event c@x: DTEND 2022-04-31T20:00:00 does not exist in Europe/Stockholm (invalid date or skipped by a daylight-saving switch)"
            ),
        ]
    }()

    @Test(arguments: cases)
    func invalidEventIsRefused(event: ICalEvent, message: String) {
        do {
            _ = try ICalWriter.serialize(Fixtures.calendar([event]))
            Issue.record("no error for \(event.uid)")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func unknownCalendarZoneIsRefused() {
        var calendar = Fixtures.calendar()
        calendar.timeZone = ICalTimeZone(identifier: "Värmland/Karlstad")
        #expect(throws: ICalError.unknownTimeZone(identifier: "Värmland/Karlstad")) {
            try ICalWriter.serialize(calendar)
        }
    }

    @Test func emptyTextIsNotICalendar() {
        #expect(throws: ICalError.notICalendar(reason: "libical found no component in the text")) {
            try ICalParser.parse("")
        }
    }

    @Test func brokenPropertyIsCounted() throws {
        let text = try ICalWriter.serialize(Fixtures.calendar())
            .replacingOccurrences(of: "DTSTAMP:20220101T000000Z", with: "DTSTAMP:yesterday")
        let result = try ICalParser.parse(text)
        #expect(result.errorCount > 0)
        #expect(!result.errors.isEmpty)
    }

    @Test func unknownTZIDIsReported() throws {
        let text = try ICalWriter.serialize(Fixtures.calendar())
            .replacingOccurrences(
                of: "DTSTART;TZID=Europe/Stockholm:20220324",
                with: "DTSTART;TZID=Nowhere/Else:20220324"
            )
        #expect(
            throws: ICalError.unresolvedTimeZone(uid: "s1@circles.example.org", field: "DTSTART", tzid: "Nowhere/Else")
        ) {
            try ICalParser.parse(text)
        }
    }
}
