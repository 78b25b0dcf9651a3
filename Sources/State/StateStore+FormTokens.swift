import Foundation
import GRDB

/// The single use of each form token (CSRF): a form's nonce is spent in the same transaction
/// as the action it carries, so a replayed form is refused and a refused one writes nothing.
extension StateStore {
    /// Spends `nonce` on its own (an action with nothing else to write).
    public func spendFormToken(_ nonce: String) throws(StateError) {
        let now = currentTime()
        try write("spending a form token") { db in try Self.spendFormToken(nonce, at: now, in: db) }
    }

    /// Spends `nonce` inside a write of the store: every action that takes a form calls this
    /// in its own transaction. Throws `StateError.formTokenSpent` when it was spent before.
    static func spendFormToken(_ nonce: String, at now: Date, in db: Database) throws {
        guard !nonce.isEmpty, nonce.utf8.count <= 128 else {
            throw StateError.invalid(operation: "spending a form token", reason: "the token is empty or too long")
        }
        let spent = try Bool.fetchOne(db, sql: "SELECT 1 FROM spent_form_token WHERE nonce = ?", arguments: [nonce])
        if spent == true { throw StateError.formTokenSpent }
        try db.execute(sql: "INSERT INTO spent_form_token (nonce, spent_at) VALUES (?, ?)", arguments: [nonce, now])
    }

    /// Whether `nonce` was spent (a form shown again must not reuse it).
    public func isFormTokenSpent(_ nonce: String) throws(StateError) -> Bool {
        try read("looking up a form token") { db in
            try Bool.fetchOne(db, sql: "SELECT 1 FROM spent_form_token WHERE nonce = ?", arguments: [nonce]) == true
        }
    }
}

/// Which token's files were last published for each person (`commit` of a publication
/// records it): after "a new link" the old token stops at once, and the new one serves the
/// published files until the next publish writes them under its own name.
extension StateStore {
    /// For a token someone holds now: the person, and the token their private files are
    /// published under (the same token unless it was rotated since the last publish; nil
    /// when nothing was published for them yet). Nil for a token no one holds.
    public func publishedToken(
        forRequestToken token: String
    ) throws(StateError) -> (person: String, published: String?)? {
        try read("looking up a feed token") { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: "SELECT person, published_token FROM \(FeedToken.databaseTableName) WHERE token = ?",
                    arguments: [token]
                )
            else { return nil }
            return (person: row["person"], published: row["published_token"])
        }
    }
}
