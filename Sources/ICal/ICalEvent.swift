import Foundation

/// One VEVENT, as plain values.
///
/// `start` and `end` are wall-clock times in the calendar's time zone and are written with
/// `TZID=<zone>`; `stamp` and `lastModified` are instants and are written in UTC.
public struct ICalEvent: Sendable, Hashable {
    /// Stable identity (organisation, circle, session number): never derived from positions.
    public var uid: String
    /// Rises when a published event's time, place or status changes.
    public var sequence: Int
    /// DTSTAMP. The caller chooses it (the time of the last change) so output is
    /// deterministic: this target never reads the clock.
    public var stamp: Date
    /// LAST-MODIFIED.
    public var lastModified: Date
    public var start: ICalDateTime
    public var end: ICalDateTime
    public var summary: String
    public var location: String?
    public var geo: ICalGeo?
    /// The URL, written as given (an online meeting, a course page).
    public var url: String?
    /// An online meeting's address, written as `CONFERENCE;VALUE=URI;FEATURE=VIDEO` (RFC 7986)
    /// for clients that offer a "join" button; put it in `url` too for the others.
    public var conference: String?
    public var description: String?
    /// Each category is written as its own CATEGORIES property, in this order.
    public var categories: [String]
    public var status: ICalEventStatus
    public var organizer: ICalOrganizer

    public init(
        uid: String,
        sequence: Int,
        stamp: Date,
        lastModified: Date,
        start: ICalDateTime,
        end: ICalDateTime,
        summary: String,
        location: String? = nil,
        geo: ICalGeo? = nil,
        url: String? = nil,
        conference: String? = nil,
        description: String? = nil,
        categories: [String] = [],
        status: ICalEventStatus = .confirmed,
        organizer: ICalOrganizer
    ) {
        self.uid = uid
        self.sequence = sequence
        self.stamp = stamp
        self.lastModified = lastModified
        self.start = start
        self.end = end
        self.summary = summary
        self.location = location
        self.geo = geo
        self.url = url
        self.conference = conference
        self.description = description
        self.categories = categories
        self.status = status
        self.organizer = organizer
    }
}
