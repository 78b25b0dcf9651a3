import Foundation

/// A VEVENT as read back by libical, with its times resolved to instants.
public struct ICalParsedEvent: Sendable, Hashable {
    public var uid: String
    public var sequence: Int
    /// Nil when the event has no STATUS or one this project never writes.
    public var status: ICalEventStatus?
    public var summary: String?
    public var location: String?
    public var description: String?
    public var url: String?
    public var categories: [String]
    /// The ORGANIZER value, e.g. `mailto:info@example.org`.
    public var organizer: String?
    /// DTSTART as an instant, resolved through the calendar's VTIMEZONE for its TZID (or, if
    /// the calendar lacks one, libical's zone of that name).
    public var start: Date
    public var end: Date?
    /// DTSTART's wall-clock value as written.
    public var localStart: ICalDateTime
    /// DTSTART's TZID parameter; nil for UTC times.
    public var tzid: String?

    public init(
        uid: String,
        sequence: Int,
        status: ICalEventStatus?,
        summary: String?,
        location: String?,
        description: String?,
        url: String?,
        categories: [String],
        organizer: String?,
        start: Date,
        end: Date?,
        localStart: ICalDateTime,
        tzid: String?
    ) {
        self.uid = uid
        self.sequence = sequence
        self.status = status
        self.summary = summary
        self.location = location
        self.description = description
        self.url = url
        self.categories = categories
        self.organizer = organizer
        self.start = start
        self.end = end
        self.localStart = localStart
        self.tzid = tzid
    }
}
