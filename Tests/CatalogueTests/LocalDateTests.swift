import Foundation
import Testing

@testable import Catalogue

@Suite("LocalDate, LocalTime, Weekday")
struct LocalDateTests {
    @Test func epochAndComponents() {
        #expect(LocalDate(year: 1970, month: 1, day: 1)?.daysSinceEpoch == 0)
        #expect(LocalDate(year: 2022, month: 3, day: 1)?.daysSinceEpoch == 19052)
        #expect(LocalDate(year: 1969, month: 12, day: 31)?.daysSinceEpoch == -1)
        let date = LocalDate(daysSinceEpoch: 19052)
        #expect(date.year == 2022 && date.month == 3 && date.day == 1)
        #expect(date.iso == "2022-03-01")
    }

    /// Every day for 400 years (one Gregorian cycle) converts both ways and agrees with Foundation.
    @Test func roundTripsAndAgreesWithFoundation() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        for days in stride(
            from: LocalDate(iso: "1900-01-01")!.daysSinceEpoch,
            to: LocalDate(iso: "2300-01-01")!.daysSinceEpoch,
            by: 1
        ) {
            let date = LocalDate(daysSinceEpoch: days)
            let (year, month, day) = date.components
            #expect(LocalDate(year: year, month: month, day: day) == date)
            if days % 97 == 0 {
                let foundation = calendar.dateComponents(
                    [.year, .month, .day, .weekday],
                    from: Date(timeIntervalSince1970: Double(days) * 86400)
                )
                #expect(foundation.year == year && foundation.month == month && foundation.day == day)
                // Foundation: Sunday = 1; ISO: Monday = 1.
                #expect((foundation.weekday! + 5) % 7 + 1 == date.weekday.rawValue)
            }
        }
    }

    @Test(arguments: [
        "2022-02-29", "2022-13-01", "2022-00-10", "22-03-01", "2022-3-1", "2022/03/01", "", "2022-03-01x", "２０２２-03-01",
    ])
    func malformedDates(_ text: String) {
        #expect(LocalDate(iso: text) == nil)
    }

    @Test func leapDays() {
        #expect(LocalDate(iso: "2024-02-29") != nil)
        #expect(LocalDate(iso: "2000-02-29") != nil)
        #expect(LocalDate(iso: "1900-02-29") == nil)
    }

    @Test func weekdaysAndArithmetic() {
        let date = LocalDate(iso: "2022-02-01")!
        #expect(date.weekday == .tue)
        #expect(LocalDate(iso: "1970-01-01")!.weekday == .thu)
        #expect(date.adding(days: 28).iso == "2022-03-01")
        #expect(date.adding(days: -1).iso == "2022-01-31")
        #expect(date.days(to: LocalDate(iso: "2023-02-01")!) == 365)
        #expect(date < date.adding(days: 1))
    }

    @Test func codableAsISOText() throws {
        let data = try JSONEncoder().encode([LocalDate(iso: "2022-09-11")!])
        #expect(String(decoding: data, as: UTF8.self) == #"["2022-09-11"]"#)
        #expect(try JSONDecoder().decode([LocalDate].self, from: data) == [LocalDate(iso: "2022-09-11")!])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([LocalDate].self, from: Data(#"["2022-02-30"]"#.utf8))
        }
    }

    @Test func times() {
        #expect(LocalTime(text: "18:30")?.minutesSinceMidnight == 1110)
        #expect(LocalTime(text: "9:05")?.text == "09:05")
        #expect(LocalTime(text: "24:00")?.minutesSinceMidnight == 1440)
        for bad in ["24:01", "18:60", "18.30", "1830", "18:3", "-1:00", ""] {
            #expect(LocalTime(text: bad) == nil, "\(bad)")
        }
    }

    @Test func durations() {
        #expect(DurationText.minutes("150") == 150)
        #expect(DurationText.minutes("2h30m") == 150)
        #expect(DurationText.minutes("2h") == 120)
        #expect(DurationText.minutes("45m") == 45)
        for bad in ["2.5h", "h", "30m2h", "2h2h", "2 h", "", "m", "1h30"] {
            #expect(DurationText.minutes(bad) == nil, "\(bad)")
        }
        #expect(DurationFormat.text(minutes: 150) == "2h30m")
        #expect(DurationFormat.text(minutes: 45) == "45m")
    }

    @Test func greatCircleDistance() {
        let karlstad = Coordinate(latitude: 59.3793, longitude: 13.5036)
        let arvika = Coordinate(latitude: 59.6553, longitude: 12.5852)
        let distance = karlstad.distanceInKilometres(to: arvika)
        // Karlstad - Arvika: 60.2 km by the haversine formula on the mean radius.
        #expect(abs(distance - 60.21) < 0.01)
        // Stockholm - Göteborg is about 397 km as the crow flies.
        let stockholm = Coordinate(latitude: 59.3293, longitude: 18.0686)
        let goteborg = Coordinate(latitude: 57.7089, longitude: 11.9746)
        #expect(abs(stockholm.distanceInKilometres(to: goteborg) - 397) < 2)
        #expect(karlstad.distanceInKilometres(to: karlstad) == 0)
        #expect(abs(arvika.distanceInKilometres(to: karlstad) - distance) < 1e-9)
    }
}
