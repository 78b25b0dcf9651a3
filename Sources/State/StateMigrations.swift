import GRDB

/// The schema, as a named and ordered list of migrations.
///
/// Migrations are never edited once released: a change is a new migration at the end, so a
/// workspace's `.circles/state.sqlite` from any earlier version opens and is brought up to
/// date. Names say what each one adds.
enum StateMigrations {
    /// The names, in the order they apply.
    static let names = [
        "v1-feed-tokens", "v1-published-events", "v1-kept-plans", "v1-attendance",
        "v2-published-event-feeds", "v3-event-text-hash-and-plan-inputs",
        "v4-mail-outbox", "v5-mail-told-sessions", "v6-form-tokens-and-published-tokens",
        "v7-signups",
        "v8-attendance-meetings-and-audit",
    ]

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-feed-tokens") { db in
            // One private feed per person; the token names the feed file and its URL.
            try db.create(table: "feed_token") { table in
                table.primaryKey("person", .text).check { length($0) > 0 }
                table.column("token", .text).notNull().unique().check { length($0) >= 26 }
                table.column("created_at", .datetime).notNull()
                table.column("rotated_at", .datetime)
            }
        }
        migrator.registerMigration("v1-published-events") { db in
            // What each VEVENT said when last published: the memory behind SEQUENCE, the
            // stable DTSTAMP (changed_at) and the one last CANCELLED publication.
            try db.create(table: "published_event") { table in
                table.primaryKey("uid", .text).check { length($0) > 0 }
                table.column("circle", .text).notNull().indexed()
                table.column("session", .integer).notNull().check { $0 >= 1 }
                table.column("sequence", .integer).notNull().check { $0 >= 0 }
                table.column("content_hash", .text).notNull()
                table.column("start", .datetime).notNull()
                table.column("end", .datetime).notNull()
                table.column("status", .text).notNull()
                    .check(sql: "status IN ('CONFIRMED', 'TENTATIVE', 'CANCELLED')")
                table.column("place", .text).notNull()
                table.column("summary", .text).notNull()
                table.column("first_published_at", .datetime).notNull()
                table.column("last_published_at", .datetime).notNull()
                table.column("changed_at", .datetime).notNull()
                table.column("withdrawn_at", .datetime)
                table.check(sql: "\"end\" > start")
            }
        }
        migrator.registerMigration("v1-kept-plans") { db in
            // The schedules `circles plan` kept, newest last; re-planning starts from the last.
            try db.create(table: "kept_plan") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("schedule_json", .text).notNull()
                table.column("seed", .integer).notNull()
                table.column("planned_at", .datetime).notNull()
            }
        }
        migrator.registerMigration("v1-attendance") { db in
            // Who was at which meeting: one row per (circle, session, person).
            try db.create(table: "attendance") { table in
                table.column("circle", .text).notNull().check { length($0) > 0 }
                table.column("session", .integer).notNull().check { $0 >= 1 }
                table.column("person", .text).notNull().check { length($0) > 0 }
                table.column("present", .boolean).notNull()
                table.column("recorded_at", .datetime).notNull()
                table.column("source", .text).notNull().check { length($0) > 0 }
                table.primaryKey(["circle", "session", "person"])
            }
        }
        migrator.registerMigration("v2-published-event-feeds") { db in
            // The feeds (`courses/x`, `people/p0001` ...) each event was last published in, so
            // that a session that left the plan is published as CANCELLED where it was seen.
            try db.create(table: "published_event_feed") { table in
                table.column("uid", .text).notNull().check { length($0) > 0 }
                table.column("feed", .text).notNull().check { length($0) > 0 }
                table.primaryKey(["uid", "feed"])
            }
        }
        migrator.registerMigration("v3-event-text-hash-and-plan-inputs") { db in
            // A hash of everything an event's text says (description, leader, link ...), so a
            // change there moves DTSTAMP and LAST-MODIFIED; and the fingerprint of the
            // workspace files a kept plan was made from, so a stale one is refused. Both stay
            // NULL for rows from before: nothing is counted as changed just by upgrading.
            try db.alter(table: "published_event") { table in table.add(column: "text_hash", .text) }
            try db.alter(table: "kept_plan") { table in table.add(column: "inputs", .text) }
        }
        migrator.registerMigration("v4-mail-outbox") { db in
            // Every e-mail ever due, under its stable id (kind, person, change or session): the
            // primary key is what keeps a message from being queued twice.
            try db.create(table: "mail_outbox") { table in
                table.primaryKey("id", .text).check { length($0) > 0 }
                table.column("kind", .text).notNull()
                table.column("person", .text).notNull().indexed()
                table.column("recipient", .text).notNull()
                table.column("message", .text).notNull()
                table.column("status", .text).notNull().check(sql: "status IN ('queued', 'sent', 'failed')")
                table.column("attempts", .integer).notNull().check { $0 >= 0 }
                table.column("next_try_at", .datetime).notNull()
                table.column("last_reply", .text)
                table.column("queued_at", .datetime).notNull()
                table.column("sent_at", .datetime)
            }
            try db.create(index: "mail_outbox_due", on: "mail_outbox", columns: ["status", "next_try_at"])
        }
        migrator.registerMigration("v5-mail-told-sessions") { db in
            // What each person was last told of each of their sessions: the "old" of a change.
            try db.create(table: "mail_told_session") { table in
                table.column("person", .text).notNull().check { length($0) > 0 }
                table.column("uid", .text).notNull().check { length($0) > 0 }
                table.column("start", .datetime).notNull()
                table.column("end", .datetime).notNull()
                table.column("place", .text).notNull()
                table.column("status", .text).notNull()
                table.column("summary", .text).notNull()
                table.primaryKey(["person", "uid"])
            }
        }
        migrator.registerMigration("v6-form-tokens-and-published-tokens") { db in
            // Each form's nonce, spent with the action it carried: a replayed form is refused.
            try db.create(table: "spent_form_token") { table in
                table.primaryKey("nonce", .text).check { length($0) > 0 }
                table.column("spent_at", .datetime).notNull().indexed()
            }
            // The token a person's private files were last published under (NULL: none yet).
            try db.alter(table: "feed_token") { table in table.add(column: "published_token", .text) }
        }
        migrator.registerMigration("v7-signups") { db in
            // Sign-ups from the web form. The confirmation code is never stored, only its SHA-256:
            // a copy of the file does not confirm anyone. `merged_at`: written into people.csv
            // and enrolments.csv by `circles signups merge`, so it is not added a second time.
            try db.create(table: "signup") { table in
                table.autoIncrementedPrimaryKey("number")
                table.column("course", .text).notNull().check { length($0) > 0 }
                table.column("name", .text).notNull().check { length($0) > 0 }
                table.column("email", .text).notNull().check { length($0) > 0 }
                table.column("email_key", .text).notNull().indexed()
                table.column("association", .text).notNull().check { length($0) > 0 }
                table.column("role", .text)
                table.column("born", .integer)
                table.column("gender", .text).check(sql: "gender IS NULL OR gender IN ('f', 'm', 'x')")
                table.column("never", .text).notNull()
                table.column("note", .text).check(sql: "note IS NULL OR length(note) <= 500")
                table.column("status", .text).notNull()
                    .check(sql: "status IN ('pending', 'confirmed', 'rejected')")
                table.column("confirm_digest", .text).notNull().unique()
                table.column("person", .text).indexed()
                table.column("created_at", .datetime).notNull()
                table.column("confirmed_at", .datetime)
                table.column("rejected_why", .text)
                table.column("merged_at", .datetime)
            }
            // "I cannot come" to one meeting; undoing it deletes the row.
            try db.create(table: "absence") { table in
                table.column("person", .text).notNull().check { length($0) > 0 }
                table.column("circle", .text).notNull().check { length($0) > 0 }.indexed()
                table.column("session", .integer).notNull().check { $0 >= 1 }
                table.column("noted_at", .datetime).notNull()
                table.primaryKey(["person", "circle", "session"])
            }
            // A member who left a circle: out of it (and of that course's requests) at the next plan.
            try db.create(table: "leaving") { table in
                table.column("person", .text).notNull().check { length($0) > 0 }
                table.column("circle", .text).notNull().check { length($0) > 0 }
                table.column("course", .text).notNull().check { length($0) > 0 }
                table.column("left_at", .datetime).notNull()
                table.primaryKey(["person", "circle"])
            }
            // People who erased their data; a people.csv row of theirs is the organiser's to remove.
            try db.create(table: "erasure") { table in
                table.primaryKey("person", .text).check { length($0) > 0 }
                table.column("erased_at", .datetime).notNull()
            }
        }
        migrator.registerMigration("v8-attendance-meetings-and-audit") { db in
            // Digital participation; answers from before were all in the room.
            try db.alter(table: "attendance") { table in
                table.add(column: "distance", .boolean).notNull().defaults(to: false)
            }
            // Each meeting as held: local HH:MM on its planned date (NULL until the leader's page
            // says; the planned times stand), and the version every save raises, so a form from
            // a stale page is refused instead of silently overwriting.
            let clock = "GLOB '[0-2][0-9]:[0-5][0-9]'"
            try db.create(table: "attendance_meeting") { table in
                table.column("circle", .text).notNull().check { length($0) > 0 }
                table.column("session", .integer).notNull().check { $0 >= 1 }
                table.column("held_from", .text).check(sql: "held_from \(clock)")
                table.column("held_to", .text).check(sql: "held_to \(clock)")
                table.column("break_minutes", .integer).check { $0 >= 0 }
                table.column("version", .integer).notNull().check { $0 >= 1 }
                table.column("saved_at", .datetime).notNull()
                table.column("source", .text).notNull().check(sql: "source IN ('web', 'csv', 'cli')")
                table.column("origin", .text)
                table.primaryKey(["circle", "session"])
                table.check(
                    sql: "(held_from IS NULL) = (held_to IS NULL) AND (held_to IS NULL) = (break_minutes IS NULL)"
                )
                table.check(sql: "held_to > held_from")
            }
            // The audit trail: every changed value of an answer (person set) or of a meeting
            // (person NULL), old and new, when and from where; written with the change.
            try db.create(table: "attendance_audit") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("circle", .text).notNull().check { length($0) > 0 }
                table.column("session", .integer).notNull().check { $0 >= 1 }
                table.column("person", .text)
                table.column("field", .text).notNull()
                    .check(sql: "field IN ('present', 'distance', 'from', 'to', 'break')")
                table.column("old_value", .text)
                table.column("new_value", .text)
                table.column("changed_at", .datetime).notNull()
                table.column("source", .text).notNull().check(sql: "source IN ('web', 'csv', 'cli')")
                table.column("origin", .text)
                table.check(sql: "(person IS NULL) = (field IN ('from', 'to', 'break'))")
            }
            try db.create(index: "attendance_audit_circle", on: "attendance_audit", columns: ["circle", "id"])
        }
        return migrator
    }
}
