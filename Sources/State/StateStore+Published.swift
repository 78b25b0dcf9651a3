import Foundation
import GRDB

extension StateStore {
    /// Marks events as gone from the feeds (after their CANCELLED publication).
    public func withdraw(uids: [String]) throws(StateError) {
        let now = currentTime()
        try write("withdrawing published events") { db in
            for uid in uids {
                guard var event = try PublishedEvent.fetchOne(db, key: uid) else {
                    throw StateError.invalid(
                        operation: "withdrawing published events",
                        reason: "no published event \(uid)"
                    )
                }
                event.withdrawnAt = now
                try event.update(db)
            }
        }
    }

    /// The published event with this UID, if any.
    public func publishedEvent(uid: String) throws(StateError) -> PublishedEvent? {
        try read("reading a published event") { db in try PublishedEvent.fetchOne(db, key: uid) }
    }

    /// Every published event, withdrawn ones included, ordered by circle, session, UID.
    public func publishedEvents() throws(StateError) -> [PublishedEvent] {
        try read("listing published events") { db in
            try PublishedEvent.order(Column("circle"), Column("session"), Column("uid")).fetchAll(db)
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

    /// The feeds each of `uids` was last published in, feeds sorted (UIDs without feeds
    /// are left out).
    public func publishedFeeds(of uids: [String]) throws(StateError) -> [String: [String]] {
        if uids.isEmpty { return [:] }
        return try read("listing the feeds of published events") { db in
            var feeds: [String: [String]] = [:]
            // In slices: SQLite limits the number of values bound to one statement.
            for start in stride(from: 0, to: uids.count, by: 500) {
                let slice = uids[start..<min(start + 500, uids.count)]
                for row in try PublishedEventFeed.filter(slice.contains(Column("uid"))).order(
                    Column("uid"),
                    Column("feed")
                ).fetchAll(db) {
                    feeds[row.uid, default: []].append(row.feed)
                }
            }
            return feeds
        }
    }
}
