import Catalogue
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
    var start: LocalTimestamp
    var end: LocalTimestamp
    var status: PublishedEventStatus
    /// The title as State keeps it (`Feministisk grundkurs, träff 2 av 4`).
    var summary: String
    /// The SUMMARY the feeds show: `summary`, or for a cancelled session "INSTÄLLT: " and it.
    var title: String
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
    /// For the public pages (circle lists, the week-by-week view).
    var courseTitle: String
    var venueName: String
    var sessionCount: Int
    /// A hybrid session: the participants who take part online (their private copy carries
    /// `remoteURL` and `remoteDescription` instead of only the address).
    var remote: Set<String> = []
    var remoteURL: String?
    var remoteDescription: String?

    var content: PublishedEventContent {
        PublishedEventContent(
            uid: uid,
            circle: circle,
            session: session,
            start: start.instant,
            end: end.instant,
            place: place,
            status: status,
            summary: summary,
            text: text
        )
    }

    /// Everything else the event says, for `PublishedEventContent.text`: a change there (a
    /// new leader's name in the private copies) moves DTSTAMP and LAST-MODIFIED.
    var text: String {
        let parts: [String?] =
            [
                title, location, geo.map { "\($0.latitude);\($0.longitude)" }, url, publicDescription,
                privateDescription,
                categories.joined(separator: ","),
            ] + (remote.isEmpty ? [] : [remote.sorted().joined(separator: ","), remoteURL, remoteDescription])
        return parts.map { $0 ?? "" }.joined(separator: "\u{1F}")
    }

    /// The VEVENT, with what State says about its history; `remote`: the private copy of a
    /// participant who takes part online.
    func icalEvent(
        _ published: PublishedEvent,
        organizer: ICalOrganizer,
        isPrivate: Bool,
        remote: Bool = false
    ) -> ICalEvent {
        let link = remote ? remoteURL : url
        return ICalEvent(
            uid: uid,
            sequence: published.sequence,
            stamp: published.changedAt,
            lastModified: published.changedAt,
            start: start.wallClock,
            end: end.wallClock,
            summary: title,
            location: location,
            geo: geo,
            url: link,
            conference: link,
            description: remote ? remoteDescription : isPrivate ? privateDescription : publicDescription,
            categories: categories,
            status: ICalEventStatus(rawValue: status.rawValue) ?? .confirmed,
            organizer: organizer
        )
    }
}
