/// One stretch of time an event occupies, in abstract integer units.
///
/// The engine never interprets the units: ITC-2007 uses one period per unit, the
/// planner minutes. `day` groups intervals for day-based constraints and for the
/// occupancy buckets (so no dense slot array over a whole year is needed);
/// `slot` is the position within the day that compactness looks at (two intervals
/// of a group are adjacent when they share a day and their slots differ by one).
public struct Interval: Hashable, Sendable {
    /// First unit occupied.
    public var start: Int
    /// First unit no longer occupied (`end > start`).
    public var end: Int
    /// Day index, `0...` (any numbering; weeks are `(day + offset) / daysPerWeek`).
    public var day: Int
    /// Slot within the day, `0..<Problem.slotsPerDay`; only compactness reads it.
    public var slot: Int

    public init(start: Int, end: Int, day: Int, slot: Int = 0) {
        self.start = start
        self.end = end
        self.day = day
        self.slot = slot
    }
}
