import Foundation
import GRDB

/// What an event said when it was last published, across all calendars it appears in.
///
/// Feeds uses `sequence` for SEQUENCE and `changedAt` for DTSTAMP and LAST-MODIFIED: both move
/// only when the content (time, place, status) changes, so publishing an unchanged plan
/// again gives the same bytes.
public struct PublishedEvent: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "published_event"

    public var uid: String
    public var circle: String
    public var session: Int
    /// 0 at first publication; +1 at each publication whose content hash differs.
    public var sequence: Int
    public var contentHash: String
    public var start: Date
    public var end: Date
    public var status: PublishedEventStatus
    public var place: String
    public var summary: String
    public var firstPublishedAt: Date
    public var lastPublishedAt: Date
    /// When the content last changed (first publication included).
    public var changedAt: Date
    /// When Feeds dropped the event after its CANCELLED publication; nil while in the feeds.
    public var withdrawnAt: Date?

    enum CodingKeys: String, CodingKey {
        case uid, circle, session, sequence
        case contentHash = "content_hash"
        case start, end, status, place, summary
        case firstPublishedAt = "first_published_at"
        case lastPublishedAt = "last_published_at"
        case changedAt = "changed_at"
        case withdrawnAt = "withdrawn_at"
    }

    public init(
        uid: String, circle: String, session: Int, sequence: Int, contentHash: String,
        start: Date, end: Date, status: PublishedEventStatus, place: String, summary: String,
        firstPublishedAt: Date, lastPublishedAt: Date, changedAt: Date, withdrawnAt: Date? = nil
    ) {
        self.uid = uid
        self.circle = circle
        self.session = session
        self.sequence = sequence
        self.contentHash = contentHash
        self.start = start
        self.end = end
        self.status = status
        self.place = place
        self.summary = summary
        self.firstPublishedAt = firstPublishedAt
        self.lastPublishedAt = lastPublishedAt
        self.changedAt = changedAt
        self.withdrawnAt = withdrawnAt
    }
}
