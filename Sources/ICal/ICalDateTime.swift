import Foundation

/// A wall-clock date and time without a zone (`2022-03-24T18:30:00`), as DTSTART and DTEND
/// carry it next to `TZID=Europe/Stockholm`.
///
/// Kept as plain fields rather than a `Date` because the planner thinks in local times and
/// the feed must write exactly that local time: converting through an instant and back
/// would hide DST mistakes instead of exposing them.
public struct ICalDateTime: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int
    public var minute: Int
    public var second: Int

    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// The wall-clock time `instant` shows in `timeZone`.
    public init(_ instant: Date, in timeZone: TimeZone) {
        self.init(instant, in: Self.calendar(timeZone))
    }

    /// The same, with a Gregorian calendar already set to the zone.
    init(_ instant: Date, in calendar: Calendar) {
        let parts = calendar.dateComponents(
            [.year, .month, .day, .hour, .minute, .second],
            from: instant
        )
        self.init(
            year: parts.year!,
            month: parts.month!,
            day: parts.day!,
            hour: parts.hour!,
            minute: parts.minute!,
            second: parts.second!
        )
    }

    /// The instant this wall-clock time denotes in `timeZone`, or nil when no such local
    /// time exists: an invalid date (February 30th) or a time skipped by a DST switch
    /// (02:30 on 2022-03-27 in Stockholm). A repeated time (02:30 on 2022-10-30) gives the
    /// first occurrence, as RFC 5545 says.
    public func date(in timeZone: TimeZone) -> Date? {
        date(in: Self.calendar(timeZone))
    }

    /// The same, with a Gregorian calendar already set to the zone (making one per call was
    /// most of the cost when checking every event of a national plan).
    func date(in calendar: Calendar) -> Date? {
        let timeZone = calendar.timeZone
        let parts = DateComponents(
            year: year,
            month: month,
            day: day,
            hour: hour,
            minute: minute,
            second: second
        )
        guard let instant = calendar.date(from: parts) else { return nil }
        // Round-trip to reject normalised dates and times that fall into a DST gap.
        guard ICalDateTime(instant, in: calendar) == self else { return nil }
        // Foundation may pick either of two repeated times. Every reading of this wall-clock
        // time is `instant` moved by a difference of the offsets around it: keep the earliest.
        let here = timeZone.secondsFromGMT(for: instant)
        let offsets = [-86_400.0, 86_400].map { timeZone.secondsFromGMT(for: instant.addingTimeInterval($0)) }
        if offsets.allSatisfy({ $0 == here }) { return instant }
        return ([here] + offsets)
            .map { instant.addingTimeInterval(TimeInterval(here - $0)) }
            .filter { ICalDateTime($0, in: calendar) == self }
            .min() ?? instant
    }

    /// `2022-03-24T18:30:00`.
    public var description: String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(two(month))-\(two(day))T\(two(hour)):\(two(minute)):\(two(second))"
    }

    public static func < (lhs: ICalDateTime, rhs: ICalDateTime) -> Bool {
        (lhs.year, lhs.month, lhs.day, lhs.hour, lhs.minute, lhs.second)
            < (rhs.year, rhs.month, rhs.day, rhs.hour, rhs.minute, rhs.second)
    }

    static func calendar(_ timeZone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }
}
