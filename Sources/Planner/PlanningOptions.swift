/// How to plan: the seed, how long the search may run, and the plan kept from the
/// last run (whose published sessions should stay where they are).
public struct PlanningOptions: Sendable {
    public var seed: UInt64
    /// Seconds after which the search stops in any case (a safety cap: the plan is
    /// then no longer reproducible from the seed alone, and the outcome says so).
    public var timeLimit: Double?
    /// Local-search moves; nil chooses by the size of the plan.
    public var moveBudget: Int?
    /// Search chains run in parallel (they share the moves; fewer than 1 counts as 1):
    /// the same workspace, seed and number of threads give the same plan.
    public var threads: Int
    /// The last kept schedule, if any.
    public var previous: Schedule?

    public init(
        seed: UInt64 = 1,
        timeLimit: Double? = 60,
        moveBudget: Int? = nil,
        threads: Int = 1,
        previous: Schedule? = nil
    ) {
        self.seed = seed
        self.threads = threads
        self.timeLimit = timeLimit
        self.moveBudget = moveBudget
        self.previous = previous
    }
}
