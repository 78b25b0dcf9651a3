/// The result of planning: the schedule, the published sessions it moves, and what
/// is needed to explain any circle's placement afterwards.
public struct PlanOutcome: Sendable {
    public let schedule: Schedule
    /// Sessions of the previous plan that moved or disappeared.
    public let moved: [MovedSession]
    /// True when the time limit, not the move budget, ended the search.
    public let stoppedByTimeLimit: Bool
    /// Where the time went (wall clock, seconds).
    public let timings: PlanTimings
    let context: PlanContext

    /// Why `circle` sits where it does and what it would take to move it, as lines
    /// of text; nil if there is no such circle.
    public func explanation(of circle: String) -> [String]? {
        CircleExplainer(context: context).lines(for: circle)
    }
}
