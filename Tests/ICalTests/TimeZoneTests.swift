import Foundation
import Testing

@testable import ICal

/// The VTIMEZONE built from Foundation's transitions, and libical's reading of it.
@Suite struct TimeZoneTests {
    @Test func stockholmHasOneDaylightAndOneStandardRule() throws {
        let observances = try ICalTimeZone.stockholm.observances(years: 2022...2022)
        #expect(
            observances == [
                ICalObservance(
                    kind: .daylight,
                    start: ICalDateTime(year: 2021, month: 3, day: 28, hour: 2),
                    offsetFrom: 3600,
                    offsetTo: 7200,
                    name: "CEST",
                    rule: ICalYearlyRule(month: 3, weekday: 1, ordinal: -1)
                ),
                ICalObservance(
                    kind: .standard,
                    start: ICalDateTime(year: 2021, month: 10, day: 31, hour: 3),
                    offsetFrom: 7200,
                    offsetTo: 3600,
                    name: "CET",
                    rule: ICalYearlyRule(month: 10, weekday: 1, ordinal: -1)
                ),
            ]
        )
        #expect(observances[0].rule?.rruleText == "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU")
    }

    @Test func zoneWithoutDSTHasOneStandardBlock() throws {
        let observances = try ICalTimeZone(identifier: "Asia/Tokyo").observances(years: 2022...2023)
        #expect(
            observances == [
                ICalObservance(
                    kind: .standard,
                    start: ICalDateTime(year: 1970, month: 1, day: 1),
                    offsetFrom: 9 * 3600,
                    offsetTo: 9 * 3600
                )
            ]
        )
    }

    /// The US moved its switches in 2007: the old rule ends with UNTIL, the new one is open.
    @Test func changedRuleEndsWithUntil() throws {
        let observances = try ICalTimeZone(identifier: "America/New_York").observances(years: 2006...2008)
        let daylight = observances.filter { $0.kind == .daylight }
        #expect(
            daylight.map { $0.rule?.rruleText } == [
                "FREQ=YEARLY;BYMONTH=4;BYDAY=1SU;UNTIL=20060402T070000Z",
                "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
            ]
        )
        #expect(
            daylight.map(\.start) == [
                ICalDateTime(year: 2005, month: 4, day: 3, hour: 2),
                ICalDateTime(year: 2007, month: 3, day: 11, hour: 2),
            ]
        )
    }

    @Test func unknownZoneIsAnError() {
        #expect(throws: ICalError.unknownTimeZone(identifier: "Europe/Karlstad")) {
            try ICalTimeZone(identifier: "Europe/Karlstad").observances(years: 2022...2022)
        }
    }

    /// For several zones (northern and southern DST, a rule change, none), an event every
    /// five days at 18:30 and at 02:00 over the years given: libical's instant, read through
    /// our VTIMEZONE, equals Foundation's.
    @Test(arguments: [
        ("Europe/Stockholm", 2021...2023), ("America/New_York", 2006...2008),
        ("Australia/Sydney", 2022...2023), ("Asia/Tokyo", 2022...2022), ("Europe/London", 2022...2022),
    ])
    func libicalAgreesWithFoundation(identifier: String, years: ClosedRange<Int>) throws {
        let zone = TimeZone(identifier: identifier)!
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = zone
        var day = gregorian.date(from: DateComponents(year: years.lowerBound, month: 1, day: 1))!
        let stop = gregorian.date(from: DateComponents(year: years.upperBound + 1, month: 1, day: 1))!
        var events: [ICalEvent] = []
        var expected: [Date] = []
        while day < stop {
            for hour in [18, 2] {
                var parts = gregorian.dateComponents([.year, .month, .day], from: day)
                parts.hour = hour
                let local = ICalDateTime(year: parts.year!, month: parts.month!, day: parts.day!, hour: hour)
                // Skip times a switch leaves out; the writer rejects them (tested elsewhere).
                guard let instant = local.date(in: zone) else { continue }
                events.append(Fixtures.event("e\(events.count)@example.org", local, minutes: 60, in: zone))
                expected.append(instant)
            }
            day = gregorian.date(byAdding: .day, value: 5, to: day)!
        }
        let calendar = ICalCalendar(
            productID: "-//test//EN",
            name: identifier,
            timeZone: ICalTimeZone(identifier: identifier),
            events: events
        )
        let result = try ICalParser.parse(try ICalWriter.serialize(calendar))
        #expect(result.errorCount == 0)
        #expect(result.timeZoneIDs == [identifier])
        let starts = result.events.map(\.start)
        #expect(starts.count == expected.count)
        for (index, (got, want)) in zip(starts, expected).enumerated() where got != want {
            Issue.record("\(identifier) \(events[index].start): libical \(got), Foundation \(want)")
        }
    }

    /// A repeated local time (the autumn switch) denotes its first occurrence, as RFC 5545 says.
    @Test func repeatedLocalTimeIsTheFirstOccurrence() {
        let local = ICalDateTime(year: 2022, month: 10, day: 30, hour: 2, minute: 30)
        #expect(local.date(in: Fixtures.stockholm) == Fixtures.utc("2022-10-30T00:30:00Z"))
        // Lord Howe Island moves by half an hour: 01:45 on 2022-04-03 happens at 14:45Z (+11)
        // and again at 15:15Z (+10:30).
        let howe = TimeZone(identifier: "Australia/Lord_Howe")!
        #expect(
            ICalDateTime(year: 2022, month: 4, day: 3, hour: 1, minute: 45).date(in: howe)
                == Fixtures.utc("2022-04-02T14:45:00Z")
        )
    }

    @Test func skippedLocalTimeDoesNotExist() {
        let local = ICalDateTime(year: 2022, month: 3, day: 27, hour: 2, minute: 30)
        #expect(local.date(in: Fixtures.stockholm) == nil)
        #expect(ICalDateTime(year: 2022, month: 2, day: 30).date(in: Fixtures.stockholm) == nil)
    }
}
