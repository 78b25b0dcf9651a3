import Foundation
import GRDB

extension StateStore {
    /// Reads a `MailSnapshot`, lets `decide` work out what is due, and writes its messages and
    /// what each person was told, all in one write transaction: two runs at once cannot queue
    /// the same change twice, and a run killed half-way queued nothing. A message whose id is
    /// already in the outbox is left as it is. Returns how many messages were new.
    @discardableResult
    public func queueMail(_ decide: (MailSnapshot) throws -> MailQueueing) throws(StateError) -> Int {
        try write("queueing e-mail") { db in
            let queueing = try decide(try Self.mailSnapshot(db))
            let insert = try db.cachedStatement(sql: OutboxMessage.insertSQL)
            var added = 0
            for message in queueing.messages {
                try insert.execute(arguments: message.insertArguments)
                added += db.changesCount
            }
            let forget = try db.cachedStatement(sql: "DELETE FROM \(ToldSession.databaseTableName) WHERE person = ?")
            let remember = try db.cachedStatement(
                sql:
                    "INSERT INTO \(ToldSession.databaseTableName) (person, uid, start, \"end\", place, status, summary) VALUES (?, ?, ?, ?, ?, ?, ?)"
            )
            for (person, sessions) in queueing.told {
                try forget.execute(arguments: [person])
                for session in sessions {
                    try remember.execute(arguments: [
                        session.person, session.uid, session.start, session.end, session.place, session.status,
                        session.summary,
                    ])
                }
            }
            let withdraw = try db.cachedStatement(
                sql:
                    "UPDATE \(OutboxMessage.databaseTableName) SET status = 'failed', last_reply = ? WHERE id = ? AND status = 'queued'"
            )
            for id in queueing.withdrawn { try withdraw.execute(arguments: [MailQueueing.withdrawnReply, id]) }
            return added
        }
    }

    /// What `queueMail` would give `decide`, without writing anything (`notify --dry-run`).
    public func previewMail<T: Sendable>(_ decide: (MailSnapshot) throws -> T) throws(StateError) -> T {
        try read("reading what e-mail is due") { db in try decide(try Self.mailSnapshot(db)) }
    }

    static func mailSnapshot(_ db: Database) throws -> MailSnapshot {
        var events: [String: PublishedEvent] = [:]
        for event in try PublishedEvent.fetchAll(db) where event.withdrawnAt == nil { events[event.uid] = event }
        var sessions: [String: [String]] = [:]
        let rows = try Row.fetchAll(
            db,
            sql:
                "SELECT uid, feed FROM \(PublishedEventFeed.databaseTableName) WHERE feed LIKE 'people/%' ORDER BY feed, uid"
        )
        for row in rows {
            let feed: String = row["feed"]
            let uid: String = row["uid"]
            sessions[String(feed.dropFirst("people/".count)), default: []].append(uid)
        }
        var told: [String: [String: ToldSession]] = [:]
        for session in try ToldSession.fetchAll(db) { told[session.person, default: [:]][session.uid] = session }
        let ids = Set(try String.fetchAll(db, sql: "SELECT id FROM \(OutboxMessage.databaseTableName)"))
        var tokens: [String: String] = [:]
        for token in try FeedToken.fetchAll(db) { tokens[token.person] = token.token }
        return MailSnapshot(events: events, sessionsOfPerson: sessions, told: told, messageIDs: ids, tokens: tokens)
    }

    /// The queued messages whose time has come (`nextTryAt` not after `now`), oldest first.
    public func dueMessages(at now: Date, limit: Int? = nil) throws(StateError) -> [OutboxMessage] {
        try read("reading the outbox") { db in
            var request = OutboxMessage.filter(Column("status") == OutboxStatus.queued && Column("next_try_at") <= now)
                .order(Column("queued_at"), Column("id"))
            if let limit { request = request.limit(limit) }
            return try request.fetchAll(db)
        }
    }

    /// Every message, oldest first (dry runs and tests).
    public func outbox(status: OutboxStatus? = nil) throws(StateError) -> [OutboxMessage] {
        try read("reading the outbox") { db in
            var request = OutboxMessage.order(Column("queued_at"), Column("id"))
            if let status { request = request.filter(Column("status") == status) }
            return try request.fetchAll(db)
        }
    }

    /// Counts the attempt before the message is handed to the server, in its own committed
    /// transaction: a run killed while sending leaves it queued with one more attempt.
    public func startSending(_ id: String) throws(StateError) {
        try update(id, "recording a sending attempt") { message in message.attempts += 1 }
    }

    /// The server accepted the message: it is never sent again. `starting`: the next message's
    /// attempt is counted in the same transaction (one commit, one disk flush, per message
    /// instead of two, with the same guarantee: it is recorded before it is handed over).
    public func markSent(_ id: String, reply: String?, starting next: String? = nil) throws(StateError) {
        let now = currentTime()
        try update(id, "recording a sent message", starting: next) { message in
            message.status = .sent
            message.sentAt = now
            message.lastReply = reply
        }
    }

    /// The server refused the message for good.
    public func markFailed(_ id: String, reply: String, starting next: String? = nil) throws(StateError) {
        try update(id, "recording a refused message", starting: next) { message in
            message.status = .failed
            message.lastReply = reply
        }
    }

    /// The message stays queued and is tried again from `next`.
    public func markRetry(_ id: String, reply: String, next: Date, starting following: String? = nil) throws(StateError)
    {
        try update(id, "recording a message to try again", starting: following) { message in
            message.lastReply = reply
            message.nextTryAt = next
        }
    }

    /// How many messages are queued, sent and failed.
    public func outboxCounts() throws(StateError) -> OutboxCounts {
        try read("counting the outbox") { db in
            var counts = OutboxCounts()
            for row in try Row.fetchAll(
                db,
                sql: "SELECT status, COUNT(*) AS n FROM \(OutboxMessage.databaseTableName) GROUP BY status"
            ) {
                let n: Int = row["n"]
                switch OutboxStatus(rawValue: row["status"]) {
                case .queued: counts.queued = n
                case .sent: counts.sent = n
                case .failed: counts.failed = n
                case nil: break
                }
            }
            return counts
        }
    }

    /// The current time of the store's clock (back-off is counted on it).
    public func now() -> Date { currentTime() }

    private func update(
        _ id: String,
        _ operation: String,
        starting next: String? = nil,
        _ change: (inout OutboxMessage) -> Void
    ) throws(StateError) {
        try write(operation) { db in
            guard var message = try OutboxMessage.fetchOne(db, key: id) else {
                throw StateError.invalid(operation: operation, reason: "no message \(id) in the outbox")
            }
            change(&message)
            try message.update(db)
            if let next, next != id {
                guard var following = try OutboxMessage.fetchOne(db, key: next) else {
                    throw StateError.invalid(operation: operation, reason: "no message \(next) in the outbox")
                }
                following.attempts += 1
                try following.update(db)
            }
        }
    }
}

extension OutboxMessage {
    /// `OR IGNORE`: a message id already queued (or sent) keeps its row: queued once, ever.
    static let insertSQL = """
        INSERT OR IGNORE INTO \(databaseTableName) (id, kind, person, recipient, message, status, attempts, next_try_at,
            last_reply, queued_at, sent_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    var insertArguments: StatementArguments {
        [id, kind, person, recipient, message, status, attempts, nextTryAt, lastReply, queuedAt, sentAt]
    }
}
