import Foundation
import GRDB

extension StateStore {
    /// Records that `contents` were published now, in one transaction, and returns what each
    /// event is now known as (in the same order).
    ///
    /// A new UID starts at SEQUENCE 0. A known UID keeps its SEQUENCE and `changedAt` when
    /// its content hash is unchanged (only `lastPublishedAt` and the summary move); when the
    /// hash differs, SEQUENCE rises by one and `changedAt` becomes now. Publishing a withdrawn
    /// UID again brings it back. If any content is refused (by the checks of the table: an
    /// empty UID, an end not after the start ...) nothing of the batch is kept.
    @discardableResult
    public func publish(_ contents: [PublishedEventContent]) throws(StateError) -> [PublishedEvent] {
        let now = currentTime()
        return try write("recording published events") { db in
            try Self.record(contents, at: now, in: db)
        }
    }

    /// The body of `publish`, shared with `publish(_:feeds:)`: one transaction for both.
    ///
    /// Every known event is read in one query; an event whose record is unchanged but for the
    /// time of publication is touched by one cached UPDATE, so an unchanged national plan is
    /// recorded in milliseconds, not one generated statement per session.
    static func record(_ contents: [PublishedEventContent], at now: Date, in db: Database) throws -> [PublishedEvent] {
        var known: [String: PublishedEvent] = [:]
        for event in try PublishedEvent.fetchAll(db) { known[event.uid] = event }
        let touch = try db.cachedStatement(
            sql: "UPDATE \(PublishedEvent.databaseTableName) SET last_published_at = ? WHERE uid = ?")
        let insert = try db.cachedStatement(sql: PublishedEvent.insertSQL)
        return try contents.map { content in
            let hash = content.contentHash
            guard var event = known[content.uid] else {
                let event = PublishedEvent(
                    uid: content.uid, circle: content.circle, session: content.session, sequence: 0,
                    contentHash: hash, start: content.start, end: content.end, status: content.status,
                    place: content.place, summary: content.summary,
                    firstPublishedAt: now, lastPublishedAt: now, changedAt: now)
                try insert.execute(arguments: event.insertArguments)
                known[event.uid] = event
                return event
            }
            let before = event
            if event.contentHash != hash || event.withdrawnAt != nil {
                event.sequence += 1
                event.changedAt = now
            }
            event.contentHash = hash
            event.circle = content.circle
            event.session = content.session
            event.start = content.start
            event.end = content.end
            event.status = content.status
            event.place = content.place
            event.summary = content.summary
            event.withdrawnAt = nil
            event.lastPublishedAt = before.lastPublishedAt
            if event == before {
                try touch.execute(arguments: [now, event.uid])
                event.lastPublishedAt = now
            } else {
                event.lastPublishedAt = now
                try event.update(db)
            }
            known[event.uid] = event
            return event
        }
    }

    /// Marks events as gone from the feeds (after their CANCELLED publication).
    public func withdraw(uids: [String]) throws(StateError) {
        let now = currentTime()
        try write("withdrawing published events") { db in
            for uid in uids {
                guard var event = try PublishedEvent.fetchOne(db, key: uid) else {
                    throw StateError.invalid(operation: "withdrawing published events", reason: "no published event \(uid)")
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
}
