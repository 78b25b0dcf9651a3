import Foundation
import GRDB

extension StateStore {
    /// Records `contents` as `publish(_:)` does and, in the same transaction, replaces the
    /// feeds of each UID in `feeds` by the given list. Either all of it is kept or nothing.
    @discardableResult
    public func publish(_ contents: [PublishedEventContent], feeds: [String: [String]]) throws(StateError) -> [PublishedEvent] {
        let now = currentTime()
        return try write("recording published events") { db in
            let events = try Self.record(contents, at: now, in: db)
            for uid in feeds.keys.sorted() {
                try PublishedEventFeed.filter(Column("uid") == uid).deleteAll(db)
                for feed in Set(feeds[uid] ?? []).sorted() {
                    try PublishedEventFeed(uid: uid, feed: feed).insert(db)
                }
            }
            return events
        }
    }

    /// The feeds each UID was last published in, feeds sorted.
    public func publishedFeeds() throws(StateError) -> [String: [String]] {
        try read("listing the feeds of published events") { db in
            var feeds: [String: [String]] = [:]
            for row in try PublishedEventFeed.order(Column("uid"), Column("feed")).fetchAll(db) {
                feeds[row.uid, default: []].append(row.feed)
            }
            return feeds
        }
    }
}
