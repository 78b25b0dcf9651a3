import Foundation
import Testing

@testable import Catalogue

@Suite("LocalTimestamp: the schedule's session times and --now")
struct LocalTimestampTests {
    let stockholm = TimeZone(identifier: "Europe/Stockholm")!

    @Test func writesTheOffsetInForceOnEachSideOfTheSwitches() {
        let before = LocalTimestamp(LocalDate(iso: "2022-03-24")!, minutes: 18 * 60 + 30, in: stockholm)
        let after = LocalTimestamp(LocalDate(iso: "2022-03-31")!, minutes: 18 * 60 + 30, in: stockholm)
        #expect(before.description == "2022-03-24T18:30:00+01:00")
        #expect(after.description == "2022-03-31T18:30:00+02:00")
        // The morning after the March switch, and just after the October one.
        #expect(
            LocalTimestamp(LocalDate(iso: "2022-03-27")!, minutes: 3 * 60 + 30, in: stockholm).description
                == "2022-03-27T03:30:00+02:00"
        )
        #expect(
            LocalTimestamp(LocalDate(iso: "2022-10-30")!, minutes: 10 * 60, in: stockholm).description
                == "2022-10-30T10:00:00+01:00"
        )
        #expect(
            LocalTimestamp(LocalDate(iso: "2022-03-24")!, minutes: 0, in: TimeZone(identifier: "America/New_York")!)
                .description == "2022-03-24T00:00:00-04:00"
        )
    }

    @Test func aSessionPastMidnightEndsOnTheNextDay() {
        let end = LocalTimestamp(LocalDate(iso: "2022-12-31")!, minutes: 24 * 60 + 30, in: stockholm)
        #expect(end.description == "2023-01-01T00:30:00+01:00")
        #expect(end.date == LocalDate(iso: "2023-01-01") && end.minutes == 30)
    }

    @Test func readsBackWhatItWritesWithTheInstantTheOffsetNames() throws {
        let text = "2022-03-31T18:30:00+02:00"
        let time = try #require(LocalTimestamp(text))
        #expect(time.description == text)
        #expect(time.date == LocalDate(iso: "2022-03-31") && time.time == LocalTime(hour: 18, minute: 30))
        #expect(time.instant == Date(timeIntervalSince1970: 1_648_744_200))
        #expect(LocalTimestamp(instant: time.instant, in: stockholm) == time)
        let utc = try #require(LocalTimestamp("2022-03-31T16:30:00Z"))
        #expect(utc.instant == time.instant && utc.offsetSeconds == 0)
        #expect(LocalTimestamp("2022-01-01T08:00:00-05:30")?.offsetSeconds == -(5 * 3600 + 30 * 60))
    }

    @Test(
        "A text that is not a schedule time is nil",
        arguments: [
            "", "2022-02-08 18:30", "2022-02-08T18:30", "2022-02-08T18:30:00", "2022-02-30T18:30:00+01:00",
            "2022-02-08T24:00:00+01:00", "2022-02-08T18:60:00+01:00", "2022-02-08T18:30:00 01:00",
            "2022-02-08T18:30:00+1:00", "2022-2-08T18:30:00+01:00", "2022-02-08T18.30:00+01:00",
        ]
    )
    func rejects(_ text: String) {
        #expect(LocalTimestamp(text) == nil)
    }

    @Test func readsNowAsAWallClockTimeOfTheZone() {
        #expect(
            LocalTimestamp.instant(wallClock: "2022-03-31T18:30", in: stockholm)
                == Date(timeIntervalSince1970: 1_648_744_200)
        )
        for text in ["2022-03-31T18:30:00", "2022-03-31 18:30", "2022-02-30T08:00", "2022-03-31T25:00", "2022-03-31"] {
            #expect(LocalTimestamp.instant(wallClock: text, in: stockholm) == nil, "\(text)")
        }
    }
}
