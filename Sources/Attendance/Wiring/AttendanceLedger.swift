import Catalogue
import Foundation
import State

/// Recorded attendance, kept in the workspace's private State: what `record`, `import` and
/// the leader's list write and the report reads.
///
/// Every call stores all of its marks in one transaction or none of them, so a list
/// that fails on its tenth row, or a process killed mid-import, leaves the attendance
/// as it was. Storing the same answers again changes nothing (State keeps the first
/// `recordedAt` of an unchanged answer), so importing a list twice is harmless. Every
/// changed value is kept in the audit trail (`history(of:)`) by the same transaction.
public struct AttendanceLedger: Sendable {
    public let store: StateStore

    public init(store: StateStore) { self.store = store }

    /// The attendance recorded for `circle`, as the report reads it.
    public func records(of circle: Circle.ID) throws(AttendanceRecordingError) -> [AttendanceRecord] {
        do {
            return try store.attendance(circle: circle.rawValue).map {
                AttendanceRecord(
                    circle: Circle.ID($0.circle),
                    session: $0.session,
                    person: Person.ID($0.person),
                    present: $0.present,
                    distance: $0.distance
                )
            }
        } catch {
            throw .store(error.description)
        }
    }

    /// Records one session: everyone in `present` was there, every other participant
    /// of the circle was not. Returns how many answers changed.
    public func record(
        sheet: AttendanceSheet,
        session: Int,
        present: [Person.ID],
        source: AttendanceSource = .cli
    ) throws(AttendanceRecordingError) -> Int {
        guard sheet.sessions.contains(where: { $0.number == session }) else {
            throw .unknownSession(circle: sheet.circleID, session: session, known: sheet.sessions.map(\.number))
        }
        let members = Set(sheet.participants.map(\.id))
        var seen = Set<Person.ID>()
        let strangers = present.filter { !members.contains($0) && seen.insert($0).inserted }
        guard strangers.isEmpty else { throw .notInCircle(circle: sheet.circleID, people: strangers.map(\.rawValue)) }
        let here = Set(present)
        let records = sheet.participants.map {
            AttendanceRecord(circle: sheet.circleID, session: session, person: $0.id, present: here.contains($0.id))
        }
        return try store(records, source: source)
    }

    /// Reads a ticked list (the CSV `AttendanceCSV.export` wrote, boxes filled with
    /// `x`, `1`, `ja`) for `sheet` and stores every box of it in one transaction.
    /// - Parameters:
    ///   - file: the name errors show.
    ///   - source: the list's name the answers are recorded as coming from (default: `file`);
    ///     keep it the same for the same list so that importing it again changes nothing.
    ///   - afterEach: passed to State; see `StateStore.recordAttendance(_:afterEach:)`.
    public func importTicks(
        text: String,
        sheet: AttendanceSheet,
        file: String,
        source: String? = nil,
        afterEach: ((Int) throws -> Void)? = nil
    ) throws(AttendanceRecordingError) -> Int {
        let records: [AttendanceRecord]
        do { records = try AttendanceCSV.importTicks(text: text, sheet: sheet, file: file) } catch {
            throw .list(error)
        }
        return try store(records, source: .csv(file: source ?? file), afterEach: afterEach)
    }

    /// Stores `records` in one transaction; returns how many answers changed. A list has no
    /// distance marks: those recorded stay for people still present.
    public func store(
        _ records: [AttendanceRecord],
        source: AttendanceSource,
        afterEach: ((Int) throws -> Void)? = nil
    ) throws(AttendanceRecordingError) -> Int {
        let marks = records.map {
            AttendanceMark(
                circle: $0.circle.rawValue,
                session: $0.session,
                person: $0.person.rawValue,
                present: $0.present
            )
        }
        do {
            return try store.recordAttendance(marks, source: source, afterEach: afterEach)
        } catch {
            throw .store(error.description)
        }
    }
}
