import Foundation
import GRDB

/// What a member does on their personal page: "I cannot come" to one meeting (and undo),
/// leave a circle, a new link. Each is one transaction that spends the form's nonce.
extension StateStore {
    /// Notes that `person` cannot come to `session` of `circle`; noting it again changes
    /// nothing (the first time stays).
    public func addAbsence(person: String, circle: String, session: Int, formNonce: String) throws(StateError) {
        let operation = "noting an absence"
        try Self.checkMeeting(person: person, circle: circle, session: session, operation: operation)
        let now = currentTime()
        try write(operation) { db in
            try Self.spendFormToken(formNonce, at: now, in: db)
            try db.execute(
                sql: "INSERT OR IGNORE INTO absence (person, circle, session, noted_at) VALUES (?, ?, ?, ?)",
                arguments: [person, circle, session, now]
            )
        }
    }

    /// Undoes a notice of absence (nothing to undo is no error: the page says the same).
    public func removeAbsence(person: String, circle: String, session: Int, formNonce: String) throws(StateError) {
        let now = currentTime()
        try write("undoing an absence") { db in
            try Self.spendFormToken(formNonce, at: now, in: db)
            try db.execute(
                sql: "DELETE FROM absence WHERE person = ? AND circle = ? AND session = ?",
                arguments: [person, circle, session]
            )
        }
    }

    /// The person's notices of absence, by circle and session.
    public func absences(person: String) throws(StateError) -> [Absence] {
        try fetchAbsences("WHERE person = ? ORDER BY circle, session", [person])
    }

    /// The notices of absence for a circle (the leader's list), by session and person.
    public func absences(circle: String) throws(StateError) -> [Absence] {
        try fetchAbsences("WHERE circle = ? ORDER BY session, person", [circle])
    }

    /// Every notice of absence, by circle, session and person.
    public func allAbsences() throws(StateError) -> [Absence] {
        try fetchAbsences("ORDER BY circle, session, person", [])
    }

    /// `person` leaves `circle` (of `course`); leaving again changes nothing.
    public func leaveCircle(person: String, circle: String, course: String, formNonce: String) throws(StateError) {
        let operation = "leaving a circle"
        try Self.checkMeeting(person: person, circle: circle, session: 1, operation: operation)
        if course.isEmpty { throw .invalid(operation: operation, reason: "the course id is empty") }
        let now = currentTime()
        try write(operation) { db in
            try Self.spendFormToken(formNonce, at: now, in: db)
            try db.execute(
                sql: "INSERT OR IGNORE INTO leaving (person, circle, course, left_at) VALUES (?, ?, ?, ?)",
                arguments: [person, circle, course, now]
            )
        }
    }

    /// The circles the person left, by circle.
    public func leavings(person: String) throws(StateError) -> [Leaving] {
        try fetchLeavings("WHERE person = ? ORDER BY circle", [person])
    }

    /// Every leaving, by person and circle.
    public func allLeavings() throws(StateError) -> [Leaving] {
        try fetchLeavings("ORDER BY person, circle", [])
    }

    /// "A new link" on the personal page: the token rotates and the nonce is spent together.
    public func rotateToken(for person: String, formNonce: String) throws(StateError) -> FeedTokenRotation {
        if person.isEmpty { throw .invalid(operation: "rotating a feed token", reason: "the person id is empty") }
        let now = currentTime()
        return try write("rotating the feed token of \(person)") { db in
            try Self.spendFormToken(formNonce, at: now, in: db)
            return try Self.rotateToken(for: person, at: now, in: db)
        }
    }

    private static func checkMeeting(
        person: String,
        circle: String,
        session: Int,
        operation: String
    ) throws(StateError) {
        if person.isEmpty || circle.isEmpty {
            throw .invalid(operation: operation, reason: "the person or circle id is empty")
        }
        if session < 1 { throw .invalid(operation: operation, reason: "sessions are numbered from 1, not \(session)") }
    }

    private func fetchAbsences(_ clause: String, _ arguments: StatementArguments) throws(StateError) -> [Absence] {
        try read("reading notices of absence") { db in
            try Row.fetchAll(db, sql: "SELECT * FROM absence \(clause)", arguments: arguments).map(Self.absence)
        }
    }

    private func fetchLeavings(_ clause: String, _ arguments: StatementArguments) throws(StateError) -> [Leaving] {
        try read("reading leavings") { db in
            try Row.fetchAll(db, sql: "SELECT * FROM leaving \(clause)", arguments: arguments).map(Self.leaving)
        }
    }

    static func absence(_ row: Row) -> Absence {
        Absence(person: row["person"], circle: row["circle"], session: row["session"], notedAt: row["noted_at"])
    }

    static func leaving(_ row: Row) -> Leaving {
        Leaving(person: row["person"], circle: row["circle"], course: row["course"], leftAt: row["left_at"])
    }
}
