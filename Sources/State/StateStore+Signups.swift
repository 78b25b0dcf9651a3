import Foundation
import GRDB

/// Sign-ups from the web form: kept pending until their e-mail confirms them, then an
/// enrolment of a person. Each write is one transaction; the ones a form carries spend its
/// nonce in that transaction, so a replayed form writes nothing.
extension StateStore {
    /// Keeps a new pending sign-up and spends the form's nonce; returns its number.
    /// `confirmDigest` is the SHA-256 (hex) of the confirmation code sent by e-mail.
    public func addSignup(_ signup: NewSignup, confirmDigest: String, formNonce: String) throws(StateError) -> Int {
        try addSignup(signup, confirmDigest: confirmDigest, formNonce: formNonce, confirmation: nil)
    }

    /// `addSignup`, and the confirmation e-mail (made from the sign-up's number) queued in the
    /// same transaction: a sign-up is never kept without its message, nor a message sent for
    /// a sign-up that was not kept.
    public func addSignup(
        _ signup: NewSignup,
        confirmDigest: String,
        formNonce: String,
        confirmation: ((Int) -> OutboxMessage)?
    ) throws(StateError) -> Int {
        let operation = "keeping a sign-up"
        try Self.check(signup, digest: confirmDigest, operation: operation)
        let now = currentTime()
        return try write(operation) { db in
            let number = try Self.insertSignup(
                signup,
                confirmDigest: confirmDigest,
                formNonce: formNonce,
                now: now,
                in: db
            )
            if let message = confirmation?(number) {
                try db.execute(sql: OutboxMessage.insertSQL, arguments: message.insertArguments)
            }
            return number
        }
    }

    private static func insertSignup(
        _ signup: NewSignup,
        confirmDigest: String,
        formNonce: String,
        now: Date,
        in db: Database
    ) throws -> Int {
        try Self.spendFormToken(formNonce, at: now, in: db)
        try db.execute(
            sql: """
                INSERT INTO signup (course, name, email, email_key, association, role, born, gender, never, note,
                    status, confirm_digest, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?)
                """,
            arguments: [
                signup.course, signup.name, signup.email, Signup.emailKey(of: signup.email), signup.association,
                signup.role, signup.born, signup.gender, signup.never.joined(separator: ","), signup.note,
                confirmDigest.lowercased(), now,
            ]
        )
        return Int(db.lastInsertedRowID)
    }

    /// The sign-up whose confirmation code has this digest, whatever its status; nil if none.
    public func signup(confirmDigest: String) throws(StateError) -> Signup? {
        try read("looking up a sign-up") { db in
            try Signup.fetchOne(
                db,
                sql: "SELECT * FROM signup WHERE confirm_digest = ?",
                arguments: [confirmDigest.lowercased()]
            )
        }
    }

    /// The sign-up numbered `number`, or nil.
    public func signup(number: Int) throws(StateError) -> Signup? {
        try read("reading a sign-up") { db in
            try Signup.fetchOne(db, sql: "SELECT * FROM signup WHERE number = ?", arguments: [number])
        }
    }

    /// Confirms a pending sign-up as an enrolment of `person` and makes sure the person has a
    /// feed token, in one transaction. A confirmed one is returned unchanged (a link opened
    /// twice); a rejected or unknown one is refused.
    public func confirmSignup(number: Int, person: String) throws(StateError) -> Signup {
        let operation = "confirming sign-up \(number)"
        if person.isEmpty { throw .invalid(operation: operation, reason: "the person id is empty") }
        let now = currentTime()
        return try write(operation) { db in
            guard var signup = try Self.signup(number, in: db) else {
                throw StateError.invalid(operation: operation, reason: "there is no sign-up \(number)")
            }
            switch signup.status {
            case .confirmed:
                return signup
            case .rejected:
                throw StateError.invalid(operation: operation, reason: "sign-up \(number) was rejected")
            case .pending:
                break
            }
            try db.execute(
                sql: "UPDATE signup SET status = 'confirmed', person = ?, confirmed_at = ? WHERE number = ?",
                arguments: [person, now, number]
            )
            if try FeedToken.fetchOne(db, key: person) == nil {
                try FeedToken(person: person, token: FeedToken.generate(), createdAt: now).insert(db)
            }
            signup.status = .confirmed
            signup.person = person
            signup.confirmedAt = now
            return signup
        }
    }

    /// Every sign-up (of one status), by number.
    public func signups(status: SignupStatus? = nil) throws(StateError) -> [Signup] {
        try read("listing sign-ups") { db in
            if let status {
                return try Signup.fetchAll(
                    db,
                    sql: "SELECT * FROM signup WHERE status = ? ORDER BY number",
                    arguments: [status.rawValue]
                )
            }
            return try Signup.fetchAll(db, sql: "SELECT * FROM signup ORDER BY number")
        }
    }

    /// The sign-ups confirmed as `person`'s, by number.
    public func signups(person: String) throws(StateError) -> [Signup] {
        try read("listing sign-ups") { db in
            try Signup.fetchAll(db, sql: "SELECT * FROM signup WHERE person = ? ORDER BY number", arguments: [person])
        }
    }

    /// The sign-ups from one address (`Signup.emailKey(of:)`), by number.
    public func signups(emailKey: String) throws(StateError) -> [Signup] {
        try read("listing sign-ups") { db in
            try Signup.fetchAll(
                db,
                sql: "SELECT * FROM signup WHERE email_key = ? ORDER BY number",
                arguments: [Signup.emailKey(of: emailKey)]
            )
        }
    }

    /// The organiser turns a sign-up down (`circles signups reject`): it counts for nothing
    /// from now on. Nil when there is no such sign-up; refused for one already merged into the
    /// workspace's files (its rows are there now: remove them there).
    public func rejectSignup(number: Int, why: String) throws(StateError) -> Signup? {
        let operation = "rejecting sign-up \(number)"
        let reason = why.trimmingCharacters(in: .whitespacesAndNewlines)
        if reason.isEmpty { throw .invalid(operation: operation, reason: "say why (--why)") }
        return try write(operation) { db in
            guard var signup = try Self.signup(number, in: db) else { return nil }
            if signup.mergedAt != nil {
                throw StateError.invalid(
                    operation: operation,
                    reason:
                        "it was merged into people.csv and enrolments.csv; remove its rows there instead"
                )
            }
            try db.execute(
                sql: "UPDATE signup SET status = 'rejected', rejected_why = ? WHERE number = ?",
                arguments: [reason, number]
            )
            signup.status = .rejected
            signup.rejectedWhy = reason
            return signup
        }
    }

    /// Marks confirmed sign-ups as written into the workspace's files (`circles signups
    /// merge`), so they are not added again. Returns how many were marked.
    @discardableResult
    public func markMerged(_ numbers: [Int]) throws(StateError) -> Int {
        let now = currentTime()
        return try write("marking sign-ups merged") { db in
            var marked = 0
            for number in numbers {
                try db.execute(
                    sql:
                        "UPDATE signup SET merged_at = ? WHERE number = ? AND status = 'confirmed' AND merged_at IS NULL",
                    arguments: [now, number]
                )
                marked += db.changesCount
            }
            return marked
        }
    }

    static func signup(_ number: Int, in db: Database) throws -> Signup? {
        try Signup.fetchOne(db, sql: "SELECT * FROM signup WHERE number = ?", arguments: [number])
    }

    /// The store's own check of what it keeps; the web layer checks first, with messages
    /// beside the form's fields.
    private static func check(_ signup: NewSignup, digest: String, operation: String) throws(StateError) {
        func refuse(_ reason: String) -> StateError { .invalid(operation: operation, reason: reason) }
        for (field, value) in [
            ("course", signup.course), ("name", signup.name), ("email", signup.email),
            ("association", signup.association),
        ] where value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw refuse("the \(field) is empty")
        }
        if let note = signup.note, note.count > Signup.noteLimit {
            throw refuse("the note is longer than \(Signup.noteLimit) characters")
        }
        if let gender = signup.gender, !["f", "m", "x"].contains(gender) {
            throw refuse("the gender is not f, m or x")
        }
        if let day = signup.never.first(where: { !Signup.weekdayCodes.contains($0) }) {
            throw refuse("a weekday that never suits is not one of mon .. sun")
        }
        if let born = signup.born, !(1900...2100).contains(born) { throw refuse("the year of birth is out of range") }
        if digest.count != 64 || !digest.allSatisfy(\.isHexDigit) {
            throw refuse("the confirmation digest is not a SHA-256 in hex")
        }
    }
}
