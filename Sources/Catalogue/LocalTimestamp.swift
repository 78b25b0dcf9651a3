import Foundation

/// A wall-clock time of the plan with the UTC offset in force at that moment, as the schedule
/// writes its session times: ISO 8601, `2022-03-24T18:30:00+01:00`, `2022-03-31T18:30:00+02:00`.
///
/// The one reader and writer of such texts: the Planner writes them, Feeds, Attendance and
/// the Planner itself read them back from a kept plan, and `--now` (`2022-03-24T18:30`, the
/// same text without seconds and offset) is read by `instant(wallClock:in:)`. The local date
/// and time are what the plan means; the offset is there for readers without zone data, and
/// gives the instant.
public struct LocalTimestamp: Hashable, Sendable, CustomStringConvertible {
    /// The day in the plan's time zone.
    public let date: LocalDate
    /// Minutes since midnight of `date`, 0..<1440.
    public let minutes: Int
    /// Seconds past the minute (0 in every schedule the Planner writes).
    public let second: Int
    /// Seconds east of UTC in force at that time.
    public let offsetSeconds: Int

    /// `minutes` past midnight of `date` (1440 or more is the next day) in `zone`, with the
    /// offset in force then. The offset is evaluated twice so that a time just after a switch
    /// gets the new offset (local times in the skipped hour do not occur in a plan).
    public init(_ date: LocalDate, minutes: Int, in zone: TimeZone) {
        let quotient = minutes / 1440
        let day = date.adding(days: minutes % 1440 < 0 ? quotient - 1 : quotient)
        let minute = minutes - date.days(to: day) * 1440
        let local = Double(day.daysSinceEpoch * 86_400 + minute * 60)
        let first = zone.secondsFromGMT(for: Date(timeIntervalSince1970: local))
        self.date = day
        self.minutes = minute
        second = 0
        offsetSeconds = zone.secondsFromGMT(for: Date(timeIntervalSince1970: local - Double(first)))
    }

    /// The wall-clock reading of `instant` in `zone` (a time kept in State as an instant).
    public init(instant: Date, in zone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: instant)
        date = LocalDate(year: parts.year!, month: parts.month!, day: parts.day!)!
        minutes = parts.hour! * 60 + parts.minute!
        second = parts.second!
        offsetSeconds = zone.secondsFromGMT(for: instant)
    }

    /// Reads `YYYY-MM-DDTHH:MM:SS` followed by `Z` or `+HH:MM` / `-HH:MM`; nil if malformed.
    public init?(_ text: some StringProtocol) {
        let digits = Digits(text)
        guard let (date, minutes) = digits.dateAndTime(), digits.byte(16) == UInt8(ascii: ":"),
            let second = digits.number(17, 2), second < 60
        else { return nil }
        switch digits.byte(19) {
        case UInt8(ascii: "Z"):
            offsetSeconds = 0
        case let sign? where sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-"):
            guard let hours = digits.number(20, 2), let minutes = digits.number(23, 2) else { return nil }
            offsetSeconds = (hours * 3600 + minutes * 60) * (sign == UInt8(ascii: "-") ? -1 : 1)
        default:
            return nil
        }
        self.date = date
        self.minutes = minutes
        self.second = second
    }

    /// `2023-01-02T08:00`, a wall-clock time in `zone` as `--now` takes it, as an instant; nil
    /// if the text is not exactly that form or names no real day.
    public static func instant(wallClock text: String, in zone: TimeZone) -> Date? {
        let digits = Digits(text)
        guard digits.bytes.count == 16, let (date, minutes) = digits.dateAndTime() else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let components = DateComponents(
            year: date.year,
            month: date.month,
            day: date.day,
            hour: minutes / 60,
            minute: minutes % 60
        )
        guard let instant = calendar.date(from: components), calendar.component(.day, from: instant) == date.day
        else { return nil }
        return instant
    }

    /// The moment this time names: the local reading less the offset.
    public var instant: Date {
        let seconds = date.daysSinceEpoch * 86_400 + minutes * 60 + second - offsetSeconds
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// The time of day.
    public var time: LocalTime { LocalTime(minutesSinceMidnight: minutes) }

    /// `2022-03-24T18:30:00+01:00`, as the schedule writes it.
    public var description: String {
        let sign = offsetSeconds < 0 ? "-" : "+"
        let offset = abs(offsetSeconds) / 60
        return "\(date.iso)T\(Self.two(minutes / 60)):\(Self.two(minutes % 60)):\(Self.two(second))"
            + "\(sign)\(Self.two(offset / 60)):\(Self.two(offset % 60))"
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// The fixed positions of `YYYY-MM-DDTHH:MM`, shared by both forms.
    private struct Digits {
        let bytes: [UInt8]

        init(_ text: some StringProtocol) { bytes = Array(text.utf8) }

        func byte(_ at: Int) -> UInt8? { at < bytes.count ? bytes[at] : nil }

        func number(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[from..<(from + count)] {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }

        /// The date and the minutes since midnight of `YYYY-MM-DDTHH:MM`, at the start of the text.
        func dateAndTime() -> (LocalDate, Int)? {
            guard bytes.count >= 16, let date = LocalDate(iso: String(decoding: bytes[0..<10], as: UTF8.self)),
                byte(10) == UInt8(ascii: "T"), let hour = number(11, 2), byte(13) == UInt8(ascii: ":"),
                let minute = number(14, 2), hour < 24, minute < 60
            else { return nil }
            return (date, hour * 60 + minute)
        }
    }
}
