/// How long and how to search.
///
/// With `moveBudget` set, the run is deterministic for a given seed: the cooling
/// schedule follows the move count, and `timeLimit` only stops a run that would
/// take too long (a safety cap). Without a budget, the schedule follows the clock
/// (benchmarks) and results vary from run to run.
public struct Parameters: Hashable, Sendable {
    public var seed: UInt64
    /// Local-search moves to try (attempts, accepted or not); nil = until `timeLimit`.
    public var moveBudget: Int?
    /// Seconds of wall clock after which the search stops in any case.
    public var timeLimit: Double?
    /// Construction steps (assign with ejection) before local search starts;
    /// nil = `50 * events + 10_000`.
    public var constructionBudget: Int?
    /// Starting temperature relative to the mean uphill soft delta (simulated annealing).
    public var initialTemperatureFactor: Double
    /// Final temperature as a fraction of the initial one.
    public var finalTemperatureRatio: Double
    /// Annealing chains run in parallel, one per thread (`ParallelAnnealing`); they
    /// share `moveBudget`. Same seed and thread count => same solution.
    public var threads: Int

    public init(
        seed: UInt64 = 1,
        moveBudget: Int? = 2_000_000,
        timeLimit: Double? = 60,
        constructionBudget: Int? = nil,
        initialTemperatureFactor: Double = 0.3,
        finalTemperatureRatio: Double = 0.01,
        threads: Int = 1
    ) {
        self.seed = seed
        self.moveBudget = moveBudget
        self.timeLimit = timeLimit
        self.constructionBudget = constructionBudget
        self.initialTemperatureFactor = initialTemperatureFactor
        self.finalTemperatureRatio = finalTemperatureRatio
        self.threads = max(1, threads)
    }
}
