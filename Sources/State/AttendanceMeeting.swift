import Foundation
import GRDB

/// One meeting of a circle as recorded: the time it was really held and the version that
/// every save of it raises, so that a form from a stale page can be refused.
///
/// `from` and `to` are local wall-clock times `HH:MM` in the plan's time zone, on the
/// session's planned date: what the leader reads off the clock and types in the form. They
/// are nil (with `breakMinutes`) while only a list or the command line recorded the
/// meeting: the planned times then stand.
public struct AttendanceMeeting: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "attendance_meeting"

    public var circle: String
    public var session: Int
    public var from: String?
    public var to: String?
    public var breakMinutes: Int?
    /// 1 after the first save, one more with every save that wrote something.
    public var version: Int
    public var savedAt: Date
    /// `web`, `csv` or `cli` (`AttendanceSource.Kind`) of the last save.
    public var source: String
    /// The page or file of the last save (`AttendanceSource.detail`).
    public var origin: String?

    enum CodingKeys: String, CodingKey {
        case circle, session
        case from = "held_from"
        case to = "held_to"
        case breakMinutes = "break_minutes"
        case version
        case savedAt = "saved_at"
        case source, origin
    }

    public init(
        circle: String,
        session: Int,
        from: String?,
        to: String?,
        breakMinutes: Int?,
        version: Int,
        savedAt: Date,
        source: String,
        origin: String?
    ) {
        self.circle = circle
        self.session = session
        self.from = from
        self.to = to
        self.breakMinutes = breakMinutes
        self.version = version
        self.savedAt = savedAt
        self.source = source
        self.origin = origin
    }
}
