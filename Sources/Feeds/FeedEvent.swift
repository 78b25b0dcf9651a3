import ICal
import State

/// One session as the feeds show it, before State has given it a SEQUENCE and DTSTAMP.
///
/// The public and the private text differ only in the description (the leader's name is
/// private), so both are kept here and the feed chooses.
struct FeedEvent: Sendable {
    var uid: String
    var circle: String
    var session: Int
    var start: ScheduleTime
    var end: ScheduleTime
    var status: PublishedEventStatus
    var summary: String
    var location: String?
    var geo: ICalGeo?
    /// The online meeting address, for URL and CONFERENCE.
    var url: String?
    var publicDescription: String?
    var privateDescription: String?
    var categories: [String]
    /// What State compares for a change of place: `venue/room`, or the meeting URL.
    var place: String
    var feeds: [FeedKey]
    /// For the index page's timetable.
    var courseTitle: String
    var venueName: String
    var sessionCount: Int

    var content: PublishedEventContent {
        PublishedEventContent(
            uid: uid, circle: circle, session: session, start: start.instant, end: end.instant,
            place: place, status: status, summary: summary)
    }

    /// The VEVENT, with what State says about its history.
    func icalEvent(_ published: PublishedEvent, organizer: ICalOrganizer, isPrivate: Bool) -> ICalEvent {
        ICalEvent(
            uid: uid, sequence: published.sequence, stamp: published.changedAt, lastModified: published.changedAt,
            start: start.local, end: end.local, summary: summary, location: location, geo: geo,
            url: url, conference: url, description: isPrivate ? privateDescription : publicDescription,
            categories: categories, status: ICalEventStatus(rawValue: status.rawValue) ?? .confirmed,
            organizer: organizer)
    }
}
