import Foundation
import GRDB

/// A schedule `circles plan` kept: its JSON (`circles-schedule/1`), the seed and when.
public struct KeptPlan: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "kept_plan"

    /// Assigned by SQLite on insert; rises with each plan kept.
    public var id: Int64?
    /// The schedule JSON exactly as written by the Planner.
    public var scheduleJSON: String
    public var seed: Int64
    public var plannedAt: Date
    /// The fingerprint of the workspace files the plan was made from (nil for plans kept
    /// before it was recorded): `publish` refuses a plan made from other files.
    public var inputs: String?

    enum CodingKeys: String, CodingKey {
        case id
        case scheduleJSON = "schedule_json"
        case seed
        case plannedAt = "planned_at"
        case inputs
    }

    public init(id: Int64? = nil, scheduleJSON: String, seed: Int64, plannedAt: Date, inputs: String? = nil) {
        self.id = id
        self.scheduleJSON = scheduleJSON
        self.seed = seed
        self.plannedAt = plannedAt
        self.inputs = inputs
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
