import Foundation
import GRDB

/// A publication worked out from what State held when it was read, to be written by
/// `StateStore.commit` while the feeds are being written (the two overlap, and the feeds are
/// swapped in only after the commit succeeded).
///
/// For each content: a new UID starts at SEQUENCE 0; a known UID keeps its SEQUENCE and
/// `changedAt` when its content hash and summary are unchanged (only `lastPublishedAt`
/// moves); when the hash or the summary (the title) differs, or the UID had been withdrawn,
/// SEQUENCE rises by one and `changedAt` becomes the time of this publication. When only the
/// text hash differs (a new leader's name in a description), `changedAt` moves and SEQUENCE
/// stays.
public struct PendingPublication: Sendable {
    /// Each content's event as it will be recorded, in the order given.
    public let events: [PublishedEvent]
    /// The token of each person asked for, in the order given; missing ones are new.
    public let tokens: [FeedToken]
    fileprivate let inserts: [PublishedEvent]
    fileprivate let updates: [PublishedEvent]
    fileprivate let touches: [String]
    fileprivate let feedLists: [(uid: String, feeds: [String])]
    fileprivate let newTokens: [FeedToken]
    fileprivate let now: Date
    /// SQLite's `data_version` when State was read: another process's commit changes it.
    fileprivate let dataVersion: Int
}

extension StateStore {
    /// Works out what publishing `contents` now records, with the feeds of each UID in
    /// `feeds` (replacing what it was last published in) and a token for each of `people`,
    /// in one read. Nothing is written until `commit`.
    public func preparePublication(
        _ contents: [PublishedEventContent],
        feeds: [String: [String]] = [:],
        people: [String] = []
    ) throws(StateError) -> PendingPublication {
        for person in people where person.isEmpty {
            throw .invalid(operation: "creating feed tokens", reason: "a person id is empty")
        }
        let now = currentTime()
        return try read("reading what was published before") { db in
            let dataVersion = try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0
            var known: [String: PublishedEvent] = [:]
            for event in try PublishedEvent.fetchAll(db) { known[event.uid] = event }
            let before = known
            let events = contents.map { content in
                let event = Self.next(known[content.uid], content, at: now)
                known[content.uid] = event
                return event
            }
            var inserts: [PublishedEvent] = []
            var updates: [PublishedEvent] = []
            var touches: [String] = []
            for uid in Set(contents.map(\.uid)).sorted() {
                let event = known[uid]!
                guard var old = before[uid] else {
                    inserts.append(event)
                    continue
                }
                old.lastPublishedAt = event.lastPublishedAt
                if old == event { touches.append(uid) } else { updates.append(event) }
            }

            // Rows come ordered, so each UID's list is sorted and compares as an array.
            var knownFeeds: [String: [String]] = [:]
            for row in try PublishedEventFeed.order(Column("uid"), Column("feed")).fetchAll(db) {
                knownFeeds[row.uid, default: []].append(row.feed)
            }
            var feedLists: [(uid: String, feeds: [String])] = []
            for (uid, listed) in feeds {
                var wanted = listed.sorted()
                wanted.removeAdjacentDuplicates()
                if (knownFeeds[uid] ?? []) != wanted { feedLists.append((uid, wanted)) }
            }

            var tokens: [String: FeedToken] = [:]
            for token in try FeedToken.fetchAll(db) { tokens[token.person] = token }
            var newTokens: [FeedToken] = []
            let asked = people.map { person in
                if let known = tokens[person] { return known }
                let token = FeedToken(person: person, token: FeedToken.generate(), createdAt: now)
                tokens[person] = token
                newTokens.append(token)
                return token
            }
            return PendingPublication(
                events: events,
                tokens: asked,
                inserts: inserts,
                updates: updates,
                touches: touches,
                feedLists: feedLists.sorted { $0.uid < $1.uid },
                newTokens: newTokens,
                now: now,
                dataVersion: dataVersion
            )
        }
    }

    /// Writes a prepared publication in one transaction: all of it or nothing. Refuses when
    /// another process wrote State since it was read (publish again then): a SEQUENCE worked
    /// out from an older state could otherwise go down.
    public func commit(_ publication: PendingPublication) throws(StateError) {
        try commit(publication, before: {})
    }

    /// `commit`, with `finish` called inside the transaction once everything is written:
    /// if it throws, nothing is kept. Publishing swaps the new folder in there, so that State
    /// is committed with the swap or not at all.
    public func commit(_ publication: PendingPublication, before finish: () throws -> Void) throws(StateError) {
        try write("recording published events") { db in
            let now = try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0
            if now != publication.dataVersion {
                throw StateError.invalid(
                    operation: "recording published events",
                    reason: "another run changed the state while this one was publishing; publish again"
                )
            }
            let insert = try db.cachedStatement(sql: PublishedEvent.insertSQL)
            for event in publication.inserts { try insert.execute(arguments: event.insertArguments) }
            for event in publication.updates { try event.update(db) }
            let touch = try db.cachedStatement(
                sql: "UPDATE \(PublishedEvent.databaseTableName) SET last_published_at = ? WHERE uid = ?"
            )
            for uid in publication.touches { try touch.execute(arguments: [publication.now, uid]) }

            let table = PublishedEventFeed.databaseTableName
            let remove = try db.cachedStatement(sql: "DELETE FROM \(table) WHERE uid = ?")
            let add = try db.cachedStatement(sql: "INSERT INTO \(table) (uid, feed) VALUES (?, ?)")
            for (uid, feeds) in publication.feedLists {
                try remove.execute(arguments: [uid])
                for feed in feeds { try add.execute(arguments: [uid, feed]) }
            }
            let token = try db.cachedStatement(
                sql: "INSERT INTO \(FeedToken.databaseTableName) (person, token, created_at) VALUES (?, ?, ?)"
            )
            for new in publication.newTokens { try token.execute(arguments: [new.person, new.token, new.createdAt]) }
            // The private files now carry these tokens' names (see `publishedToken(forRequestToken:)`).
            let published = try db.cachedStatement(
                sql: "UPDATE \(FeedToken.databaseTableName) SET published_token = ? WHERE person = ?"
            )
            for token in publication.tokens { try published.execute(arguments: [token.token, token.person]) }
            try finish()
        }
    }

    /// Records that `contents` were published now, in one transaction, and returns what each
    /// event is now known as (in the same order). If any content is refused (by the checks
    /// of the table: an empty UID, an end not after the start ...) nothing of it is kept.
    @discardableResult
    public func publish(
        _ contents: [PublishedEventContent],
        feeds: [String: [String]] = [:]
    ) throws(StateError) -> [PublishedEvent] {
        let publication = try preparePublication(contents, feeds: feeds)
        try commit(publication)
        return publication.events
    }

    /// What `content` published at `now` makes of the event known before (or of none).
    private static func next(_ known: PublishedEvent?, _ content: PublishedEventContent, at now: Date) -> PublishedEvent
    {
        let hash = content.contentHash
        guard var event = known else {
            return PublishedEvent(
                uid: content.uid,
                circle: content.circle,
                session: content.session,
                sequence: 0,
                contentHash: hash,
                start: content.start,
                end: content.end,
                status: content.status,
                place: content.place,
                summary: content.summary,
                firstPublishedAt: now,
                lastPublishedAt: now,
                changedAt: now,
                textHash: content.textHash
            )
        }
        let textHash = content.textHash
        if event.contentHash != hash || event.summary != content.summary || event.withdrawnAt != nil {
            event.sequence += 1
            event.changedAt = now
        } else if let known = event.textHash, known != textHash {
            event.changedAt = now
        }
        event.textHash = textHash
        event.contentHash = hash
        event.circle = content.circle
        event.session = content.session
        event.start = content.start
        event.end = content.end
        event.status = content.status
        event.place = content.place
        event.summary = content.summary
        event.withdrawnAt = nil
        event.lastPublishedAt = now
        return event
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
