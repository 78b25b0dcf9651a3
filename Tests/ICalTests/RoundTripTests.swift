import Foundation
import Testing

@testable import ICal

/// Feeds written by libical and read back by libical: the DST switches of 2022.
@Suite struct RoundTripTests {
    @Test func parsesBackWithoutErrorsAndRightInstantsAcrossDSTSwitches() throws {
        let text = try ICalWriter.serialize(Fixtures.calendar())
        let result = try ICalParser.parse(text)
        #expect(result.errorCount == 0)
        #expect(result.errors == [])
        #expect(result.method == "PUBLISH")
        #expect(result.timeZoneIDs == ["Europe/Stockholm"])
        #expect(result.events.map(\.uid) == Fixtures.dstEvents.map(\.uid))
        // 18:30 CET = 17:30Z; 18:30 CEST = 16:30Z.
        #expect(
            result.events.map(\.start) == [
                Fixtures.utc("2022-03-24T17:30:00Z"), Fixtures.utc("2022-03-31T16:30:00Z"),
                Fixtures.utc("2022-10-27T16:30:00Z"), Fixtures.utc("2022-11-03T17:30:00Z"),
            ]
        )
        #expect(
            result.events.map(\.end) == [
                Fixtures.utc("2022-03-24T20:00:00Z"), Fixtures.utc("2022-03-31T19:00:00Z"),
                Fixtures.utc("2022-10-27T19:00:00Z"), Fixtures.utc("2022-11-03T20:00:00Z"),
            ]
        )
        #expect(result.events.allSatisfy { $0.tzid == "Europe/Stockholm" })
        #expect(result.events[1].localStart == ICalDateTime(year: 2022, month: 3, day: 31, hour: 18, minute: 30))
        let first = try #require(result.events.first)
        #expect(first.summary == "Feministisk grundkurs, träff 1")
        #expect(first.location == "ABF Värmland, Karlstad, Drottninggatan 1")
        #expect(first.url == "https://example.org/kurser/feministisk-grundkurs")
        #expect(first.categories == ["Feministisk utbildning", "Studiecirkel"])
        #expect(first.organizer == "mailto:varmland@example.org")
        #expect(first.status == .confirmed)
    }

    @Test func writesTheCalendarPropertiesAndPlainTZID() throws {
        let text = try ICalWriter.serialize(Fixtures.calendar())
        let lines = Fixtures.unfold(text).components(separatedBy: "\r\n")
        for expected in [
            "BEGIN:VCALENDAR", "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            "PRODID:-//Vänsterpartiet Värmland//circles//SV",
            "NAME:Vänsterpartiet Värmland: kurser", "X-WR-CALNAME:Vänsterpartiet Värmland: kurser",
            "DESCRIPTION:Studiecirklar och utbildningar", "X-WR-TIMEZONE:Europe/Stockholm",
            "REFRESH-INTERVAL;VALUE=DURATION:PT1H", "X-PUBLISHED-TTL:PT1H",
            "TZID:Europe/Stockholm", "DTSTART;TZID=Europe/Stockholm:20220324T183000",
            "DTSTAMP:20220101T000000Z", "LAST-MODIFIED:20220101T000000Z", "GEO:59.379300;13.503600",
            "ORGANIZER;CN=Vänsterpartiet Värmland:mailto:varmland@example.org",
        ] {
            #expect(lines.contains(expected), "missing line \(expected)")
        }
        #expect(!text.contains("freeassociation"))
    }

    /// The VTIMEZONE is compact: one DAYLIGHT and one STANDARD block with RRULEs, no RDATE.
    @Test func vtimezoneIsCompact() throws {
        let text = try ICalWriter.serialize(Fixtures.calendar())
        let start = try #require(text.range(of: "BEGIN:VTIMEZONE"))
        let end = try #require(text.range(of: "END:VTIMEZONE\r\n"))
        let block = String(text[start.lowerBound..<end.upperBound])
        #expect(
            block == """
                BEGIN:VTIMEZONE\r
                TZID:Europe/Stockholm\r
                BEGIN:DAYLIGHT\r
                DTSTART:20210328T020000\r
                TZOFFSETFROM:+0100\r
                TZOFFSETTO:+0200\r
                RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r
                TZNAME:CEST\r
                END:DAYLIGHT\r
                BEGIN:STANDARD\r
                DTSTART:20211031T030000\r
                TZOFFSETFROM:+0200\r
                TZOFFSETTO:+0100\r
                RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r
                TZNAME:CET\r
                END:STANDARD\r
                END:VTIMEZONE\r\n
                """
        )
    }

    /// libical places the times with our VTIMEZONE, not with a zone of its own: a wrong
    /// rule in the body moves the event after the March switch.
    @Test func parserReadsTheVTIMEZONEBody() throws {
        let text = try ICalWriter.serialize(Fixtures.calendar())
        let broken = text.replacingOccurrences(of: "BYMONTH=3", with: "BYMONTH=4")
        let result = try ICalParser.parse(broken)
        #expect(result.events[1].start == Fixtures.utc("2022-03-31T17:30:00Z"))
    }

    @Test func restrictionCheckIsClean() throws {
        let text = try ICalWriter.serialize(Fixtures.calendar())
        #expect(try ICalParser.restrictionCheck(text) == [])
    }

    /// PUBLISH requires an ORGANIZER: without it the check must complain.
    @Test func restrictionCheckReportsAMissingOrganizer() throws {
        let text = try ICalWriter.serialize(Fixtures.calendar())
        let withoutOrganizer = text.components(separatedBy: "\r\n")
            .filter { !$0.hasPrefix("ORGANIZER") }.joined(separator: "\r\n")
        let errors = try ICalParser.restrictionCheck(withoutOrganizer)
        #expect(!errors.isEmpty)
        #expect(errors.allSatisfy { $0.contains("ORGANIZER") }, "\(errors)")
    }

    @Test func cancelledStatusAndSequenceRoundTrip() throws {
        let event = Fixtures.event(
            "gone@circles.example.org",
            ICalDateTime(year: 2022, month: 5, day: 2, hour: 18, minute: 30),
            status: .cancelled,
            sequence: 3
        )
        let text = try ICalWriter.serialize(Fixtures.calendar([event]))
        #expect(text.contains("\r\nSTATUS:CANCELLED\r\n"))
        let parsed = try #require(try ICalParser.parse(text).events.first)
        #expect(parsed.status == .cancelled)
        #expect(parsed.sequence == 3)
        #expect(try ICalParser.restrictionCheck(text) == [])
    }

    @Test(arguments: ICalEventStatus.allCases)
    func everyStatusRoundTrips(status: ICalEventStatus) throws {
        let event = Fixtures.event(
            "x@circles.example.org",
            ICalDateTime(year: 2022, month: 5, day: 2, hour: 18),
            status: status
        )
        let parsed = try ICalParser.parse(try ICalWriter.serialize(Fixtures.calendar([event])))
        #expect(parsed.events.map(\.status) == [status])
    }

    @Test func onlineMeetingHasConference() throws {
        var event = Fixtures.event("online@circles.example.org", ICalDateTime(year: 2022, month: 9, day: 6, hour: 18))
        event.location = "Digitalt möte"
        event.geo = nil
        event.url = "https://meet.example.org/media-digital-host22"
        event.conference = event.url
        let text = try ICalWriter.serialize(Fixtures.calendar([event]))
        #expect(
            Fixtures.unfold(text).contains(
                "\r\nCONFERENCE;VALUE=URI;FEATURE=VIDEO:https://meet.example.org/media-digital-host22\r\n"
            )
        )
        let result = try ICalParser.parse(text)
        #expect(result.errorCount == 0)
        #expect(result.events.first?.url == "https://meet.example.org/media-digital-host22")
        #expect(try ICalParser.restrictionCheck(text) == [])
    }

    @Test func sameInputGivesSameBytes() throws {
        let first = try ICalWriter.serialize(Fixtures.calendar())
        let second = try ICalWriter.serialize(Fixtures.calendar())
        #expect(Array(first.utf8) == Array(second.utf8))
    }

    @Test func emptyCalendarHasNoVTIMEZONEAndParses() throws {
        let text = try ICalWriter.serialize(Fixtures.calendar([]))
        #expect(!text.contains("VTIMEZONE"))
        let result = try ICalParser.parse(text)
        #expect(result.errorCount == 0)
        #expect(result.events.isEmpty)
        #expect(try ICalParser.restrictionCheck(text) == [])
    }
}
