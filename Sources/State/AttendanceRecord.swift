import Foundation
import GRDB

/// Whether a person was at one meeting of a circle, as recorded.
public struct AttendanceRecord: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "attendance"

    public var circle: String
    /// 1-based session number.
    public var session: Int
    public var person: String
    public var present: Bool
    /// Took part digitally; false for answers recorded before the mark existed.
    public var distance: Bool
    /// When this answer was first recorded; unchanged by recording the same answer again.
    public var recordedAt: Date
    /// Where the answer came from, e.g. `närvarolista-fem-karlstad.csv` or `cli`.
    public var source: String

    enum CodingKeys: String, CodingKey {
        case circle, session, person, present, distance
        case recordedAt = "recorded_at"
        case source
    }

    public init(
        circle: String,
        session: Int,
        person: String,
        present: Bool,
        distance: Bool = false,
        recordedAt: Date,
        source: String
    ) {
        self.circle = circle
        self.session = session
        self.person = person
        self.present = present
        self.distance = distance
        self.recordedAt = recordedAt
        self.source = source
    }
}
