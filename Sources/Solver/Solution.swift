/// The result of a search: one value (or nil = unassigned) per event, its full score.
public struct Solution: Hashable, Sendable {
    public var assignment: [Value?]
    /// Recomputed from scratch, with parts.
    public var score: Score
    /// Local-search moves tried.
    public var moves: Int
    /// Construction steps taken.
    public var constructionSteps: Int
    /// Wall-clock seconds (not part of any deterministic output).
    public var elapsed: Double
    /// Wall-clock seconds spent until construction ended.
    public var constructionElapsed: Double
}
