import Catalogue
import Foundation

/// Local date-times written as the schedule writes them: ISO 8601 with the offset
/// in force at that moment (`2022-03-24T18:30:00+01:00`, `2022-03-31T18:30:00+02:00`).
struct LocalTimestamp {
    let timeZone: TimeZone

    /// The text for `minutes` past midnight on `date`.
    func iso(_ date: LocalDate, minutes: Int) -> String {
        let day = date.adding(days: minutes.quotientRoundingDown(by: 1440))
        let minute = minutes - date.days(to: day) * 1440
        let offset = offsetSeconds(day, minutes: minute)
        let sign = offset < 0 ? "-" : "+"
        let absolute = abs(offset) / 60
        return "\(day.iso)T\(two(minute / 60)):\(two(minute % 60)):00\(sign)\(two(absolute / 60)):\(two(absolute % 60))"
    }

    /// The UTC offset in force at that local time. Evaluated twice so that a time just
    /// after a switch gets the new offset (local times in the skipped hour do not occur here).
    func offsetSeconds(_ date: LocalDate, minutes: Int) -> Int {
        let local = Double(date.daysSinceEpoch * 86_400 + minutes * 60)
        let first = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: local))
        return timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: local - Double(first)))
    }

    /// Parses the date and minutes of day back out of such a text (the offset is ignored:
    /// the schedule's local time is what the plan means).
    static func parse(_ text: String) -> SessionTime? {
        guard text.count >= 16, let date = LocalDate(iso: text.prefix(10)),
            let time = LocalTime(text: text.dropFirst(11).prefix(5))
        else { return nil }
        return SessionTime(date: date, start: time)
    }

    private func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
