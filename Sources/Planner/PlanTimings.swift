/// Wall-clock seconds of each phase of one planning run, for `plan --timings` and the
/// benchmarks: they say what dominates the time. Never part of the schedule.
public struct PlanTimings: Sendable, CustomStringConvertible {
    /// Circle formation and leader choice.
    public var formation = 0.0
    /// Laying out every candidate series of sessions.
    public var series = 0.0
    /// Building the solver problem and its first complete assignment.
    public var construction = 0.0
    /// Local search after construction.
    public var search = 0.0
    /// The schedule, the reasons for what is unplaced, moved sessions.
    public var output = 0.0
    /// Solves: the first, and one per repair round after it.
    public var solves = 0

    public var total: Double { formation + series + construction + search + output }

    public var description: String {
        func format(_ value: Double) -> String { String(Int((value * 100).rounded())).paddedHundredths }
        return "formation \(format(formation)) s, series \(format(series)) s, construction \(format(construction)) s, "
            + "search \(format(search)) s, output \(format(output)) s, total \(format(total)) s, solves \(solves)"
    }
}

extension String {
    /// "123" (hundredths) as "1.23".
    fileprivate var paddedHundredths: String {
        let digits = count < 3 ? String(repeating: "0", count: 3 - count) + self : self
        return "\(digits.dropLast(2)).\(digits.suffix(2))"
    }
}
