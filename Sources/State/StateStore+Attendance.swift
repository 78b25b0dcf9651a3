import Foundation
import GRDB

extension StateStore {
    /// Records answers in one transaction and returns how many rows changed.
    ///
    /// Idempotent: recording the same answer (present, distance, source) again changes
    /// nothing, not even `recordedAt`; a different answer replaces the old one and is timed
    /// now: per person, the later write wins, whatever wrote the earlier one. Every changed
    /// value goes into the audit trail, and each meeting that got a changed row has its
    /// version raised (a leader's page showing it is then stale), in the same transaction.
    /// A refused mark (session below 1, empty ids) leaves the whole batch unrecorded.
    ///
    /// - Parameter afterEach: called inside the transaction between two marks, with the number
    ///   of marks handled so far; an error it throws rolls the whole batch back. A seam for
    ///   tests that fail (or kill the process) mid-import to prove nothing half-written remains.
    @discardableResult
    public func recordAttendance(
        _ marks: [AttendanceMark],
        source: AttendanceSource,
        afterEach: ((Int) throws -> Void)? = nil
    ) throws(StateError) -> Int {
        let now = currentTime()
        return try write("recording attendance") { db in
            var changed = 0
            var meetings: [MeetingKey] = []
            for (index, mark) in marks.enumerated() {
                if index > 0, let afterEach { try afterEach(index) }
                guard try Self.apply(mark, source: source, at: now, in: db) else { continue }
                changed += 1
                let key = MeetingKey(circle: mark.circle, session: mark.session)
                if !meetings.contains(key) { meetings.append(key) }
            }
            for key in meetings {
                _ = try Self.raiseVersion(of: key, held: nil, source: source, at: now, in: db)
            }
            return changed
        }
    }

    /// Saves one meeting from the leader's list in one transaction: the form's nonce, every
    /// participant's answer, the time held and the break, the trail, the new version.
    ///
    /// Refused without writing anything: a spent nonce (`StateError.formTokenSpent`, checked
    /// first, since a form sent twice is a replay before it is stale), and a version other
    /// than the meeting's (`.stale`, with the state to show; the nonce stays unspent). Saving
    /// the same values again is still a save: the version rises, the trail gets nothing.
    public func saveMeeting(_ save: MeetingSave) throws(StateError) -> MeetingSaveResult {
        let now = currentTime()
        let key = MeetingKey(circle: save.circle, session: save.session)
        let operation = "saving meeting \(save.session) of circle \(save.circle)"
        if let stray = save.marks.first(where: { $0.circle != save.circle || $0.session != save.session }) {
            throw .invalid(
                operation: operation,
                reason: "an answer for circle \(stray.circle), session \(stray.session) is not of this meeting"
            )
        }
        do {
            return try database.write { db in
                if let nonce = save.formNonce { try Self.spendFormToken(nonce, at: now, in: db) }
                let current = try AttendanceMeeting.fetchOne(db, key: key.databaseKey)
                guard (current?.version ?? 0) == save.expectedVersion else {
                    throw Stale(meeting: current, records: try Self.records(of: key, in: db))
                }
                for mark in save.marks { _ = try Self.apply(mark, source: save.source, at: now, in: db) }
                let held = Held(from: save.from, to: save.to, breakMinutes: save.breakMinutes)
                return .saved(version: try Self.raiseVersion(of: key, held: held, source: save.source, at: now, in: db))
            }
        } catch let stale as Stale {
            return .stale(meeting: stale.meeting, records: stale.records)
        } catch let error as StateError {
            throw error
        } catch {
            throw .failed(operation: operation, path: path, reason: Self.reason(error))
        }
    }

    /// The attendance of a circle, ordered by session and person.
    public func attendance(circle: String) throws(StateError) -> [AttendanceRecord] {
        try read("reading attendance") { db in
            try AttendanceRecord.filter(Column("circle") == circle)
                .order(Column("session"), Column("person")).fetchAll(db)
        }
    }

    /// The recorded meetings of a circle, by session.
    public func meetings(circle: String) throws(StateError) -> [AttendanceMeeting] {
        try read("reading meetings") { db in
            try AttendanceMeeting.filter(Column("circle") == circle).order(Column("session")).fetchAll(db)
        }
    }

    /// The audit trail of a circle, oldest first.
    public func attendanceHistory(circle: String) throws(StateError) -> [AttendanceChange] {
        try read("reading the attendance history") { db in
            try AttendanceChange.filter(Column("circle") == circle).order(Column("id")).fetchAll(db)
        }
    }
}

extension StateStore {
    /// A meeting's identity: the primary key of `attendance_meeting`.
    struct MeetingKey: Hashable {
        let circle: String
        let session: Int

        var databaseKey: [String: any DatabaseValueConvertible] { ["circle": circle, "session": session] }
    }

    /// A meeting's held times, as they are stored.
    struct Held: Equatable {
        let from: String
        let to: String
        let breakMinutes: Int
    }

    /// Thrown inside `saveMeeting`'s transaction to roll it back (the nonce with it).
    private struct Stale: Error {
        let meeting: AttendanceMeeting?
        let records: [AttendanceRecord]
    }

    /// Writes one answer unless it is recorded already; its changed values go to the trail.
    /// Returns whether the row was written.
    static func apply(_ mark: AttendanceMark, source: AttendanceSource, at now: Date, in db: Database) throws -> Bool {
        let key: [String: any DatabaseValueConvertible] = [
            "circle": mark.circle, "session": mark.session, "person": mark.person,
        ]
        let known = try AttendanceRecord.fetchOne(db, key: key)
        let distance = mark.present && (mark.distance ?? known?.distance ?? false)
        if let known, known.present == mark.present, known.distance == distance, known.source == source.recordSource {
            return false
        }
        let record = AttendanceRecord(
            circle: mark.circle,
            session: mark.session,
            person: mark.person,
            present: mark.present,
            distance: distance,
            recordedAt: now,
            source: source.recordSource
        )
        try record.upsert(db)
        func audit(_ field: AttendanceChange.Field, _ old: Bool?, _ new: Bool) throws {
            try AttendanceChange(
                circle: mark.circle,
                session: mark.session,
                person: mark.person,
                field: field,
                oldValue: old.map(Self.text),
                newValue: Self.text(new),
                changedAt: now,
                source: source.kind.rawValue,
                origin: source.detail
            ).insert(db)
        }
        if known?.present != mark.present { try audit(.present, known?.present, mark.present) }
        // A first answer has no distance mark to change from: only a "yes" is worth a line.
        if (known?.distance ?? false) != distance { try audit(.distance, known?.distance, distance) }
        return true
    }

    /// Raises the meeting's version (creating it at 1), and with `held` sets its times, each
    /// changed one going to the trail. Returns the new version.
    static func raiseVersion(
        of key: MeetingKey,
        held: Held?,
        source: AttendanceSource,
        at now: Date,
        in db: Database
    ) throws -> Int {
        let known = try AttendanceMeeting.fetchOne(db, key: key.databaseKey)
        var meeting =
            known
            ?? AttendanceMeeting(
                circle: key.circle,
                session: key.session,
                from: nil,
                to: nil,
                breakMinutes: nil,
                version: 0,
                savedAt: now,
                source: source.kind.rawValue,
                origin: source.detail
            )
        meeting.version += 1
        meeting.savedAt = now
        meeting.source = source.kind.rawValue
        meeting.origin = source.detail
        if let held {
            let changes: [(AttendanceChange.Field, String?, String)] = [
                (.from, meeting.from, held.from), (.to, meeting.to, held.to),
                (.break, meeting.breakMinutes.map(String.init), String(held.breakMinutes)),
            ]
            for (field, old, new) in changes where old != new {
                try AttendanceChange(
                    circle: key.circle,
                    session: key.session,
                    person: nil,
                    field: field,
                    oldValue: old,
                    newValue: new,
                    changedAt: now,
                    source: source.kind.rawValue,
                    origin: source.detail
                ).insert(db)
            }
            meeting.from = held.from
            meeting.to = held.to
            meeting.breakMinutes = held.breakMinutes
        }
        try meeting.upsert(db)
        return meeting.version
    }

    /// The answers of one meeting, by person.
    static func records(of key: MeetingKey, in db: Database) throws -> [AttendanceRecord] {
        try AttendanceRecord.filter(Column("circle") == key.circle && Column("session") == key.session)
            .order(Column("person")).fetchAll(db)
    }

    /// How the trail writes a mark.
    static func text(_ value: Bool) -> String { value ? "yes" : "no" }
}
