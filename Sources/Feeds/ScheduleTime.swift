import Catalogue
import Foundation
import ICal

/// A session time as the schedule writes it (`2022-03-24T18:30:00+01:00`): the wall-clock
/// time for DTSTART with TZID, and the instant its offset names (what State compares and
/// what every client must end up showing).
struct ScheduleTime: Sendable, Hashable {
    let local: ICalDateTime
    let instant: Date
    let date: LocalDate

    init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count >= 20, let date = LocalDate(iso: text.prefix(10)) else { return nil }
        func number(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[from..<(from + count)] {
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard bytes[10] == UInt8(ascii: "T"), let hour = number(11, 2), let minute = number(14, 2),
            let second = number(17, 2), hour < 24, minute < 60, second < 60
        else { return nil }
        var offset = 0
        switch bytes[19] {
        case UInt8(ascii: "Z"):
            offset = 0
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            guard let hours = number(20, 2), let minutes = number(23, 2) else { return nil }
            offset = (hours * 3600 + minutes * 60) * (bytes[19] == UInt8(ascii: "-") ? -1 : 1)
        default:
            return nil
        }
        self.date = date
        local = ICalDateTime(
            year: date.year,
            month: date.month,
            day: date.day,
            hour: hour,
            minute: minute,
            second: second
        )
        let seconds = date.daysSinceEpoch * 86_400 + hour * 3600 + minute * 60 + second - offset
        instant = Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// The wall-clock reading of an instant kept in State, in the plan's zone.
    init(instant: Date, in zone: TimeZone) {
        let local = ICalDateTime(instant, in: zone)
        self.local = local
        self.instant = instant
        date = LocalDate(year: local.year, month: local.month, day: local.day)!
    }
}
