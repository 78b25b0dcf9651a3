import Foundation

/// A yearly switch rule such as "last Sunday of March": `FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU`.
///
/// Rules rather than RDATE lists because Outlook and ical.js mishandle long RDATE lists,
/// and one rule per switch keeps the VTIMEZONE a dozen lines long.
public struct ICalYearlyRule: Sendable, Hashable {
    public var month: Int
    /// 1 = Sunday ... 7 = Saturday (Foundation's numbering).
    public var weekday: Int
    /// 1...4 for "first" ... "fourth", -1 for "last".
    public var ordinal: Int
    /// The instant of the last switch under this rule, when a later rule replaced it.
    public var until: Date?

    public init(month: Int, weekday: Int, ordinal: Int, until: Date? = nil) {
        self.month = month
        self.weekday = weekday
        self.ordinal = ordinal
        self.until = until
    }

    /// The RRULE value, e.g. `FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU`.
    public var rruleText: String {
        let days = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"]
        var text = "FREQ=YEARLY;BYMONTH=\(month);BYDAY=\(ordinal)\(days[weekday - 1])"
        if let until {
            let utc = ICalDateTime(until, in: TimeZone(identifier: "UTC")!)
            let compact = utc.description.replacingOccurrences(of: "-", with: "")
                .replacingOccurrences(of: ":", with: "")
            text += ";UNTIL=\(compact)Z"
        }
        return text
    }
}
