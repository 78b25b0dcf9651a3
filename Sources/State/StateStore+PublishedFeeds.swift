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
            // Rows come ordered, so each UID's list is sorted and compares as an array.
            var known: [String: [String]] = [:]
            for row in try PublishedEventFeed.order(Column("uid"), Column("feed")).fetchAll(db) {
                known[row.uid, default: []].append(row.feed)
            }
            let table = PublishedEventFeed.databaseTableName
            let remove = try db.cachedStatement(sql: "DELETE FROM \(table) WHERE uid = ?")
            let add = try db.cachedStatement(sql: "INSERT INTO \(table) (uid, feed) VALUES (?, ?)")
            for (uid, listed) in feeds {
                var wanted = listed.sorted()
                wanted.removeAdjacentDuplicates()
                if (known[uid] ?? []) == wanted { continue }
                try remove.execute(arguments: [uid])
                for feed in wanted { try add.execute(arguments: [uid, feed]) }
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

extension Array where Element: Equatable {
    /// Keeps the first of each run of equal elements: a sorted array becomes a sorted set.
    fileprivate mutating func removeAdjacentDuplicates() {
        var kept = 0
        for index in indices where kept == 0 || self[index] != self[kept - 1] {
            self[kept] = self[index]
            kept += 1
        }
        removeLast(count - kept)
    }
}
