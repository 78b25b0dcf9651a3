import Foundation
import GRDB

/// A session as a person was last told about it by e-mail (welcome or change message).
///
/// Mail compares what is published now with this, not with the previous publication: so a
/// person who missed no message learns each change exactly once, with the old time they knew,
/// however many publications happened in between (a move there and back again is no change).
public struct ToldSession: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "mail_told_session"

    public var person: String
    /// The event's UID.
    public var uid: String
    public var start: Date
    public var end: Date
    /// As `PublishedEvent.place`: `venue/room` or the meeting URL.
    public var place: String
    public var status: PublishedEventStatus
    /// The event's SUMMARY then, to name a session that has since left the person's plan.
    public var summary: String

    public init(
        person: String,
        uid: String,
        start: Date,
        end: Date,
        place: String,
        status: PublishedEventStatus,
        summary: String
    ) {
        self.person = person
        self.uid = uid
        self.start = start
        self.end = end
        self.place = place
        self.status = status
        self.summary = summary
    }
}
