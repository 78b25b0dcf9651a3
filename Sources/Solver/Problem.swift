/// A whole timetabling problem in dense integer indices. The caller (ITC adapter,
/// Planner) maps its own ids to these indices and back.
public struct Problem: Hashable, Sendable {
    /// Number of resources; event resources and room options index `0..<resourceCount`.
    public var resourceCount: Int
    /// Slots per day for `Interval.slot` (only compactness uses it).
    public var slotsPerDay: Int
    public var events: [Event]
    public var groups: [GroupConstraint]
    public var precedences: [Precedence]
    /// Names of the soft score parts, reported in `Score.parts` in this order.
    public var partNames: [String]

    public init(
        resourceCount: Int,
        slotsPerDay: Int = 1,
        events: [Event],
        groups: [GroupConstraint] = [],
        precedences: [Precedence] = [],
        partNames: [String]
    ) {
        self.resourceCount = resourceCount
        self.slotsPerDay = slotsPerDay
        self.events = events
        self.groups = groups
        self.precedences = precedences
        self.partNames = partNames
    }
}
