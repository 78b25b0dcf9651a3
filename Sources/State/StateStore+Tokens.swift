import Foundation
import GRDB

extension StateStore {
    /// The person's feed token, created on first use and the same on every later call.
    public func token(for person: String) throws(StateError) -> FeedToken {
        try tokens(for: [person])[0]
    }

    /// The tokens of `people`, in that order, creating the missing ones in one transaction.
    public func tokens(for people: [String]) throws(StateError) -> [FeedToken] {
        for person in people where person.isEmpty {
            throw .invalid(operation: "creating feed tokens", reason: "a person id is empty")
        }
        let now = currentTime()
        return try write("creating feed tokens") { db in
            var known: [String: FeedToken] = [:]
            for token in try FeedToken.fetchAll(db) { known[token.person] = token }
            let insert = try db.cachedStatement(
                sql: "INSERT INTO \(FeedToken.databaseTableName) (person, token, created_at) VALUES (?, ?, ?)"
            )
            return try people.map { person in
                if let existing = known[person] { return existing }
                let token = FeedToken(person: person, token: FeedToken.generate(), createdAt: now)
                try insert.execute(arguments: [token.person, token.token, token.createdAt])
                known[person] = token
                return token
            }
        }
    }

    /// Gives the person a new token; the old one stops resolving at once.
    public func rotateToken(for person: String) throws(StateError) -> FeedTokenRotation {
        if person.isEmpty { throw .invalid(operation: "rotating a feed token", reason: "the person id is empty") }
        let now = currentTime()
        return try write("rotating the feed token of \(person)") { db in
            try Self.rotateToken(for: person, at: now, in: db)
        }
    }

    /// The rotation inside a write (also of the personal page's "a new link", with its nonce).
    static func rotateToken(for person: String, at now: Date, in db: Database) throws -> FeedTokenRotation {
        if var token = try FeedToken.fetchOne(db, key: person) {
            let previous = token.token
            token.token = FeedToken.generate()
            token.rotatedAt = now
            try token.update(db)
            return FeedTokenRotation(previous: previous, current: token)
        }
        let token = FeedToken(person: person, token: FeedToken.generate(), createdAt: now)
        try token.insert(db)
        return FeedTokenRotation(previous: nil, current: token)
    }

    /// The person whose current token is `token`, or nil (unknown or rotated away).
    public func person(forToken token: String) throws(StateError) -> String? {
        try read("looking up a feed token") { db in
            try FeedToken.filter(Column("token") == token).fetchOne(db)?.person
        }
    }

    /// Every token, ordered by person id.
    public func allTokens() throws(StateError) -> [FeedToken] {
        try read("listing feed tokens") { db in
            try FeedToken.order(Column("person")).fetchAll(db)
        }
    }
}
