import GRDB

/// One feed an event was last published in (`courses/feministisk-grundkurs`, `people/p0001`).
///
/// Kept so that a session which left the plan can be published once more as CANCELLED in
/// the same feeds, although the plan no longer says which course, circle or people it had.
/// Private feeds are keyed by person id, not token: a rotated token must not lose them.
public struct PublishedEventFeed: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "published_event_feed"

    public var uid: String
    public var feed: String

    public init(uid: String, feed: String) {
        self.uid = uid
        self.feed = feed
    }
}

extension PublishedEventFeed {
    /// Read by column name rather than through `Decodable`: publishing reads every row of
    /// this table (tens of thousands at national scale), and the decoder was most of it.
    public init(row: Row) throws {
        uid = try row.decode(forColumn: "uid")
        feed = try row.decode(forColumn: "feed")
    }
}
