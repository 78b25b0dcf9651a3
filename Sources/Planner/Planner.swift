import Catalogue
import Solver

/// Plans a workspace: forms circles from the enrolments, gives them leaders, lays
/// out every series of sessions they could have, lets the `Solver` choose times
/// and rooms, and turns the result into a `Schedule` with every unplaced session
/// and unassigned request explained.
///
/// Deterministic: the same workspace, options and seed give the same schedule,
/// because the search stops on a move budget, not on the clock (the time limit is
/// only a safety cap; `PlanOutcome.stoppedByTimeLimit` says when it cut in).
public struct Planner: Sendable {
    public let workspace: Workspace

    public init(workspace: Workspace) {
        self.workspace = workspace
    }

    public func plan(
        _ options: PlanningOptions = PlanningOptions(),
        progress: (@Sendable (PlanProgress) -> Void)? = nil
    ) -> PlanOutcome {
        var timings = PlanTimings()
        let clock = ContinuousClock()
        let start = clock.now
        var lap = start
        func measure() -> Double {
            let now = clock.now
            defer { lap = now }
            let elapsed = now - lap
            return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        }
        var formation = CircleFormation(workspace: workspace).form()
        LeaderAssignment(workspace: workspace).assign(&formation.circles)
        let circles = formation.circles
        timings.formation = measure()

        let generator = SeriesGenerator(workspace: workspace)
        let outcomes = circles.map { generator.series(for: $0) }
        timings.series = measure()
        let published = PublishedTimes(schedule: options.previous)
        let mapping = PlanningProblem(
            workspace: workspace,
            circles: circles,
            series: outcomes.map(\.series),
            published: published
        )

        let solver: Solver
        do {
            solver = try Solver(mapping.problem)
        } catch {
            // The mapping builds only valid indices; a failure here is a bug in this module.
            preconditionFailure("planner built an invalid solver problem: \(error)")
        }
        let budget = options.moveBudget ?? Self.defaultMoveBudget(events: mapping.problem.events.count)
        // The time limit covers the whole plan, not only the search: what formation, the
        // series and the mapping took is taken off what the search may use.
        let spent = clock.now - start
        let used = Double(spent.components.seconds) + Double(spent.components.attoseconds) / 1e18
        let parameters = Parameters(
            seed: options.seed,
            moveBudget: budget,
            timeLimit: options.timeLimit.map { max(0, $0 - used) }
        )
        let initial = initialValues(circles: circles, mapping: mapping, published: published)
        let solution = solver.solve(parameters, initial: initial) { report in
            progress?(
                PlanProgress(
                    hard: report.hard,
                    unplacedCircles: report.unassigned,
                    soft: report.soft,
                    placedCircles: report.assigned,
                    elapsed: report.elapsed
                )
            )
        }
        // The solver reports its own phases; the problem's mapping counts as construction.
        timings.search = solution.elapsed - solution.constructionElapsed
        timings.construction = measure() - timings.search
        let context = PlanContext(
            workspace: workspace,
            circles: circles,
            outcomes: outcomes,
            mapping: mapping,
            solver: solver,
            solution: solution,
            published: published
        )
        let schedule = ScheduleAssembly(context: context).schedule(
            seed: options.seed,
            unassigned: formation.unassigned
        )
        let stopped = parameters.timeLimit.map { solution.elapsed >= $0 } ?? false
        let moved = context.movedPublishedSessions()
        timings.output = measure()
        return PlanOutcome(
            schedule: schedule,
            moved: moved,
            stoppedByTimeLimit: stopped,
            timings: timings,
            context: context
        )
    }

    /// Enough moves for the search to settle on plans of any size here (the demo's
    /// score stops improving after a few thousand moves; 3,000 circles want more).
    static func defaultMoveBudget(events: Int) -> Int {
        max(100_000, events * 500)
    }

    /// Starts each previously published circle from its published series and room,
    /// so that an unchanged plan stays exactly as it was.
    private func initialValues(
        circles: [FormedCircle],
        mapping: PlanningProblem,
        published: PublishedTimes
    ) -> [Value?]? {
        var initial = [Value?](repeating: nil, count: mapping.problem.events.count)
        var any = false
        for (index, circle) in circles.enumerated() {
            guard let event = mapping.eventOfCircle[index] else { continue }
            let old = published.sessions(of: circle.id)
            guard !old.isEmpty, let time = mapping.series[index].firstIndex(where: { $0.sessions == old }) else {
                continue
            }
            var room: Int? = nil
            if !mapping.rooms[index].isEmpty {
                room = published.room(of: circle.id).flatMap { mapping.rooms[index].firstIndex(of: $0) } ?? 0
            }
            initial[event] = Value(time: time, room: room)
            any = true
        }
        return any ? initial : nil
    }
}
