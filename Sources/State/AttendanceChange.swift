import Foundation
import GRDB

/// One entry of the attendance audit trail: a value of a record or of a meeting that a save
/// changed, written in the same transaction as the change itself.
public struct AttendanceChange: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "attendance_audit"

    /// The values that are kept in the trail.
    public enum Field: String, Codable, Sendable, Hashable, CaseIterable {
        /// A person's present mark (`yes`, `no`).
        case present
        /// A person's distance mark (`yes`, `no`).
        case distance
        /// When the meeting really began (`HH:MM`).
        case from
        /// When it really ended (`HH:MM`).
        case to
        /// The break in minutes.
        case `break`
    }

    /// Rises with every entry: the trail's order (two entries may share a second).
    public var id: Int64?
    public var circle: String
    public var session: Int
    /// Nil for a meeting's own values (`from`, `to`, `break`).
    public var person: String?
    public var field: Field
    /// Nil when there was no value before (a first answer, a first held time).
    public var oldValue: String?
    public var newValue: String?
    public var changedAt: Date
    /// `web`, `csv` or `cli`.
    public var source: String
    /// The page or the file (`AttendanceSource.detail`).
    public var origin: String?

    enum CodingKeys: String, CodingKey {
        case id, circle, session, person, field
        case oldValue = "old_value"
        case newValue = "new_value"
        case changedAt = "changed_at"
        case source, origin
    }

    public init(
        id: Int64? = nil,
        circle: String,
        session: Int,
        person: String?,
        field: Field,
        oldValue: String?,
        newValue: String?,
        changedAt: Date,
        source: String,
        origin: String?
    ) {
        self.id = id
        self.circle = circle
        self.session = session
        self.person = person
        self.field = field
        self.oldValue = oldValue
        self.newValue = newValue
        self.changedAt = changedAt
        self.source = source
        self.origin = origin
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
