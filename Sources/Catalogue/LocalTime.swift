/// A wall-clock time of day in the plan's time zone, as minutes since midnight.
///
/// `24:00` (1440) is allowed as the end of a window that runs to midnight.
public struct LocalTime: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// Minutes since midnight, 0...1440.
    public let minutesSinceMidnight: Int

    public init(minutesSinceMidnight: Int) { self.minutesSinceMidnight = minutesSinceMidnight }

    /// The time `hour:minute`; nil outside 00:00...24:00.
    public init?(hour: Int, minute: Int) {
        guard (0...24).contains(hour), (0...59).contains(minute), hour * 60 + minute <= 1440 else { return nil }
        minutesSinceMidnight = hour * 60 + minute
    }

    /// Parses `HH:MM` (or `H:MM`); nil if malformed.
    public init?(text: some StringProtocol) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
            let hour = Int(parts[0]), let minute = Int(parts[1])
        else { return nil }
        self.init(hour: hour, minute: minute)
    }

    public var hour: Int { minutesSinceMidnight / 60 }
    public var minute: Int { minutesSinceMidnight % 60 }

    /// `HH:MM`.
    public var text: String {
        (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
    }

    public var description: String { text }

    /// The time `minutes` later, not wrapped past midnight.
    public func adding(minutes: Int) -> LocalTime { LocalTime(minutesSinceMidnight: minutesSinceMidnight + minutes) }

    public static func < (lhs: LocalTime, rhs: LocalTime) -> Bool {
        lhs.minutesSinceMidnight < rhs.minutesSinceMidnight
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let time = LocalTime(text: text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "not a time HH:MM: \(text)")
            )
        }
        self = time
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}
