/// The planner's output, exactly as format v1 specifies it (`circles-schedule/1`).
///
/// Ids are the workspace's typed ids and session times `LocalTimestamp`s, each written to
/// JSON as the text format v1 specifies, so feeds and attendance read a kept schedule back
/// without wrapping strings again (and a time that does not read stops the decoding).
/// Keys may be added, never renamed: the JSON is a contract with users and scripts.
public struct Schedule: Codable, Sendable, Equatable {
    public static let currentFormat = "circles-schedule/1"

    public var format: String
    /// The workspace folder as the user named it (e.g. `Courses`).
    public var workspace: String
    public var seed: UInt64
    public var circles: [PlannedCircle]
    public var unplaced: [UnplacedSession]
    public var unassigned: [UnassignedRequest]
    public var score: ScoreSummary

    public init(
        workspace: String,
        seed: UInt64,
        circles: [PlannedCircle],
        unplaced: [UnplacedSession],
        unassigned: [UnassignedRequest],
        score: ScoreSummary
    ) {
        self.format = Self.currentFormat
        self.workspace = workspace
        self.seed = seed
        self.circles = circles
        self.unplaced = unplaced
        self.unassigned = unassigned
        self.score = score
    }
}
