/// A soft constraint over a set of events, from a small closed set of kinds, each
/// with an incremental delta in the engine.
///
/// Interval-based kinds count every interval of every assigned member event.
public struct GroupConstraint: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// `weight * max(0, minimum - distinct days used)` (ITC MinimumWorkingDays).
        case minimumDistinctDays(Int)
        /// `weight` per interval with no other group interval in the adjacent slot
        /// before or after on the same day (ITC CurriculumCompactness).
        case isolatedIntervals
        /// `weight * (distinct rooms used - 1)` (ITC RoomStability).
        case sameRoom
        /// `weight * sum over days of max(0, intervals that day - maximum)`.
        case maximumIntervalsPerDay(Int)
        /// `weight * sum over weeks of max(0, distinct days used that week - maximum)`,
        /// with week = `(day + firstDayOffset) / daysPerWeek` (floored).
        case maximumDaysPerWeek(Int, daysPerWeek: Int, firstDayOffset: Int)
    }

    public var kind: Kind
    /// Member event indices (distinct).
    public var events: [Int]
    /// Multiplier of the kind's count.
    public var weight: Int
    /// Index into `Problem.partNames` the cost is reported under.
    public var part: Int

    public init(kind: Kind, events: [Int], weight: Int, part: Int) {
        self.kind = kind
        self.events = events
        self.weight = weight
        self.part = part
    }
}
