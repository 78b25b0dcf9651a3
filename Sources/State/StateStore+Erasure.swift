import Foundation
import GRDB

/// "Download my data" and "erase my data" on the personal page.
extension StateStore {
    /// Everything State holds about `person` (see `PersonalRecords`), read in one transaction.
    public func records(of person: String) throws(StateError) -> PersonalRecords {
        try read("reading the data of a person") { db in
            let signups = try Signup.fetchAll(
                db,
                sql: "SELECT * FROM signup WHERE person = ? ORDER BY number",
                arguments: [person]
            )
            let absences = try Row.fetchAll(
                db,
                sql: "SELECT * FROM absence WHERE person = ? ORDER BY circle, session",
                arguments: [person]
            ).map(Self.absence)
            let leavings = try Row.fetchAll(
                db,
                sql: "SELECT * FROM leaving WHERE person = ? ORDER BY circle",
                arguments: [person]
            ).map(Self.leaving)
            let attendance = try AttendanceRecord.filter(Column("person") == person)
                .order(Column("circle"), Column("session")).fetchAll(db)
            let mail = try Row.fetchAll(
                db,
                sql:
                    "SELECT kind, queued_at, status, sent_at FROM \(OutboxMessage.databaseTableName) WHERE person = ? ORDER BY queued_at, id",
                arguments: [person]
            ).map { row in
                PersonalRecords.Mail(
                    kind: row["kind"],
                    queuedAt: row["queued_at"],
                    status: row["status"],
                    sentAt: row["sent_at"]
                )
            }
            let token = try FeedToken.fetchOne(db, key: person)
            return PersonalRecords(
                person: person,
                signups: signups,
                absences: absences,
                leavings: leavings,
                attendance: attendance,
                mail: mail,
                tokenCreatedAt: token?.createdAt,
                tokenRotatedAt: token?.rotatedAt
            )
        }
    }

    /// Erases what State holds of `person`, in one transaction with the form's nonce: their
    /// sign-ups (and the pending ones from `emailKey`), notices of absence, leavings, what
    /// e-mail told them, the e-mails to them (by person, or to that address) and their feed
    /// token, so their link stops at once. Attendance is kept: ABF's reporting needs it until
    /// the term's report, and retention (`prune`) deletes it after. The erasure itself is
    /// kept, so the person's enrolments count for nothing from now on.
    public func erase(person: String, emailKey: String?, formNonce: String) throws(StateError) -> ErasureReport {
        if person.isEmpty { throw .invalid(operation: "erasing a person's data", reason: "the person id is empty") }
        let now = currentTime()
        let key = emailKey.map(Signup.emailKey(of:)).flatMap { $0.isEmpty ? nil : $0 }
        return try write("erasing a person's data") { db in
            try Self.spendFormToken(formNonce, at: now, in: db)
            try db.execute(sql: "DELETE FROM signup WHERE person = ?", arguments: [person])
            var signups = db.changesCount
            if let key {
                try db.execute(
                    sql: "DELETE FROM signup WHERE email_key = ? AND status = 'pending'",
                    arguments: [key]
                )
                signups += db.changesCount
            }
            try db.execute(sql: "DELETE FROM absence WHERE person = ?", arguments: [person])
            let absences = db.changesCount
            try db.execute(sql: "DELETE FROM leaving WHERE person = ?", arguments: [person])
            let leavings = db.changesCount
            try db.execute(sql: "DELETE FROM \(ToldSession.databaseTableName) WHERE person = ?", arguments: [person])
            try db.execute(
                sql: "DELETE FROM \(OutboxMessage.databaseTableName) WHERE person = ? OR lower(trim(recipient)) = ?",
                arguments: [person, key ?? ""]
            )
            let messages = db.changesCount
            try db.execute(sql: "DELETE FROM \(FeedToken.databaseTableName) WHERE person = ?", arguments: [person])
            let kept =
                try Int.fetchOne(
                    db,
                    sql: "SELECT COUNT(*) FROM \(AttendanceRecord.databaseTableName) WHERE person = ?",
                    arguments: [person]
                ) ?? 0
            try db.execute(
                sql: "INSERT OR REPLACE INTO erasure (person, erased_at) VALUES (?, ?)",
                arguments: [person, now]
            )
            return ErasureReport(
                signups: signups,
                absences: absences,
                leavings: leavings,
                messages: messages,
                attendanceKept: kept
            )
        }
    }

    /// The people who erased their data, by person.
    public func erasures() throws(StateError) -> [(person: String, erasedAt: Date)] {
        try read("reading erasures") { db in
            try Row.fetchAll(db, sql: "SELECT person, erased_at FROM erasure ORDER BY person").map { row in
                (person: row["person"] as String, erasedAt: row["erased_at"] as Date)
            }
        }
    }

    /// The recorded attendance of `person`, by circle and session.
    public func attendance(person: String) throws(StateError) -> [AttendanceRecord] {
        try read("reading attendance") { db in
            try AttendanceRecord.filter(Column("person") == person)
                .order(Column("circle"), Column("session")).fetchAll(db)
        }
    }
}
