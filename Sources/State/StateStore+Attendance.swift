import Foundation
import GRDB

extension StateStore {
    /// Records answers in one transaction and returns how many rows changed.
    ///
    /// Idempotent: recording the same answer (present, source) again changes nothing, not even
    /// `recordedAt`; a different answer replaces the old one and is timed now. A refused mark
    /// (session below 1, empty ids or source) leaves the whole batch unrecorded.
    ///
    /// - Parameter afterEach: called inside the transaction between two marks, with the number
    ///   of marks handled so far; an error it throws rolls the whole batch back. A seam for
    ///   tests that fail (or kill the process) mid-import to prove nothing half-written remains.
    @discardableResult
    public func recordAttendance(
        _ marks: [AttendanceMark],
        afterEach: ((Int) throws -> Void)? = nil
    ) throws(StateError) -> Int {
        let now = currentTime()
        return try write("recording attendance") { db in
            var changed = 0
            for (index, mark) in marks.enumerated() {
                if index > 0, let afterEach { try afterEach(index) }
                let key: [String: any DatabaseValueConvertible] = [
                    "circle": mark.circle, "session": mark.session, "person": mark.person,
                ]
                if let known = try AttendanceRecord.fetchOne(db, key: key),
                    known.present == mark.present, known.source == mark.source
                {
                    continue
                }
                let record = AttendanceRecord(
                    circle: mark.circle,
                    session: mark.session,
                    person: mark.person,
                    present: mark.present,
                    recordedAt: now,
                    source: mark.source
                )
                try record.upsert(db)
                changed += 1
            }
            return changed
        }
    }

    /// The attendance of a circle, ordered by session and person.
    public func attendance(circle: String) throws(StateError) -> [AttendanceRecord] {
        try read("reading attendance") { db in
            try AttendanceRecord.filter(Column("circle") == circle)
                .order(Column("session"), Column("person")).fetchAll(db)
        }
    }
}
