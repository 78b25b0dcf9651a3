/// The plan's quality: hard violations (zero in a valid plan) and the weighted soft
/// cost, split by goal so the organiser can see what the plan trades away.
public struct ScoreSummary: Codable, Sendable, Equatable {
    public var hard: Int
    public var soft: Int
    public var parts: [String: Int]

    public init(hard: Int, soft: Int, parts: [String: Int]) {
        self.hard = hard
        self.soft = soft
        self.parts = parts
    }
}
