/// One way to place an event in time: one interval (an ITC lecture) or a series
/// of intervals (a study circle's evenings), with the unary costs of choosing it.
public struct TimeOption: Hashable, Sendable {
    /// The intervals, in any order; an event never overlaps itself.
    public var intervals: [Interval]
    /// Unary soft costs of this option (travel, irregular weekday, moved from published...).
    public var costs: [SoftCost]

    public init(intervals: [Interval], costs: [SoftCost] = []) {
        self.intervals = intervals
        self.costs = costs
    }
}
