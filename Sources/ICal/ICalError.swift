/// What can go wrong building or reading a calendar, with the event and field concerned.
public enum ICalError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The zone name is not a known Olson name.
    case unknownTimeZone(identifier: String)
    /// An event has an empty UID.
    case emptyUID(summary: String)
    /// A DTSTART or DTEND names no real local time: an invalid date, or a time skipped by a
    /// DST switch.
    case nonexistentLocalTime(uid: String, field: String, value: ICalDateTime, timeZone: String)
    /// DTEND is not after DTSTART.
    case endNotAfterStart(uid: String, start: ICalDateTime, end: ICalDateTime)
    /// The text given to the parser is not an iCalendar object libical can read.
    case notICalendar(reason: String)
    /// A time carries a TZID that is neither in the calendar's VTIMEZONEs nor a known zone.
    case unresolvedTimeZone(uid: String, field: String, tzid: String)
    /// An event lacks a property this project always writes.
    case missingProperty(uid: String, property: String)

    public var description: String {
        switch self {
        case .unknownTimeZone(let identifier):
            return "unknown time zone '\(identifier)': use an Olson name such as Europe/Stockholm"
        case .emptyUID(let summary):
            return "event '\(summary)' has an empty UID"
        case .nonexistentLocalTime(let uid, let field, let value, let timeZone):
            return
                "event \(uid): \(field) \(value) does not exist in \(timeZone) (invalid date or skipped by a daylight-saving switch)"
        case .endNotAfterStart(let uid, let start, let end):
            return "event \(uid): ends at \(end), not after its start \(start)"
        case .notICalendar(let reason):
            return "not an iCalendar file: \(reason)"
        case .unresolvedTimeZone(let uid, let field, let tzid):
            return "event \(uid): \(field) has TZID '\(tzid)', which names no VTIMEZONE and no known zone"
        case .missingProperty(let uid, let property):
            return "event \(uid): no \(property)"
        }
    }
}
