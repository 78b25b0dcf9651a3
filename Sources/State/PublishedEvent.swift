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
    /// `PublishedEventContent.textHash` when last published; nil before it was kept.
    public var textHash: String?

    enum CodingKeys: String, CodingKey {
        case uid, circle, session, sequence
        case contentHash = "content_hash"
        case start, end, status, place, summary
        case firstPublishedAt = "first_published_at"
        case lastPublishedAt = "last_published_at"
        case changedAt = "changed_at"
        case withdrawnAt = "withdrawn_at"
        case textHash = "text_hash"
    }

    public init(
        uid: String,
        circle: String,
        session: Int,
        sequence: Int,
        contentHash: String,
        start: Date,
        end: Date,
        status: PublishedEventStatus,
        place: String,
        summary: String,
        firstPublishedAt: Date,
        lastPublishedAt: Date,
        changedAt: Date,
        withdrawnAt: Date? = nil,
        textHash: String? = nil
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
        self.textHash = textHash
    }
}

extension PublishedEvent {
    /// Read by column name rather than through `Decodable`, which was most of the time of
    /// reading every published event of a national plan.
    public init(row: Row) throws {
        uid = try row.decode(forColumn: "uid")
        circle = try row.decode(forColumn: "circle")
        session = try row.decode(forColumn: "session")
        sequence = try row.decode(forColumn: "sequence")
        contentHash = try row.decode(forColumn: "content_hash")
        start = try row.decode(forColumn: "start")
        end = try row.decode(forColumn: "end")
        status = try row.decode(forColumn: "status")
        place = try row.decode(forColumn: "place")
        summary = try row.decode(forColumn: "summary")
        firstPublishedAt = try row.decode(forColumn: "first_published_at")
        lastPublishedAt = try row.decode(forColumn: "last_published_at")
        changedAt = try row.decode(forColumn: "changed_at")
        withdrawnAt = try row.decode(forColumn: "withdrawn_at")
        textHash = row["text_hash"]
    }
}

extension PublishedEvent {
    /// One prepared INSERT for many events: the generic `insert(db)` encodes through
    /// `Encodable` and was most of the time of recording a first national publication.
    static let insertSQL = """
        INSERT INTO \(databaseTableName) (uid, circle, session, sequence, content_hash, start, "end", status, place,
            summary, first_published_at, last_published_at, changed_at, withdrawn_at, text_hash)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    /// The values for `insertSQL`, in its order.
    var insertArguments: StatementArguments {
        [
            uid, circle, session, sequence, contentHash, start, end, status, place,
            summary, firstPublishedAt, lastPublishedAt, changedAt, withdrawnAt, textHash,
        ]
    }
}
