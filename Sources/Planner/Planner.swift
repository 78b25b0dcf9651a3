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
        timings.formation = measure()

        let generator = SeriesGenerator(workspace: workspace)
        let published = PublishedTimes(schedule: options.previous)
        var outcomes = formation.circles.map { generator.series(for: $0) }
        timings.series = measure()
        let first = Round(circles: formation.circles, outcomes: outcomes, initial: nil, budget: options.moveBudget)
        var current: Solved? = solve(first, options: options, published: published, start: start, progress: progress)
        var stopped = current?.stoppedByTimeLimit ?? false
        var search = current?.search ?? 0
        timings.solves = 1
        // Repair: regroup the members of unplaced circles into placed ones and solve
        // again from the placements so far, a bounded number of rounds. The last
        // round's solver is let go before the next is built: at national scale two
        // at once would be a few hundred MB more.
        for round in 0..<Self.repairRounds where !stopped {
            let next = current.flatMap { solved in
                nextRound(
                    after: solved.context,
                    formation: &formation,
                    outcomes: &outcomes,
                    options: options,
                    lastRound: round == Self.repairRounds - 1
                )
            }
            guard let next else { break }
            current = nil
            let solved = solve(next, options: options, published: published, start: start, progress: progress)
            stopped = solved.stoppedByTimeLimit
            search += solved.search
            timings.solves += 1
            current = solved
        }
        timings.construction = measure() - search
        timings.search = search
        guard var solved = current?.context else { preconditionFailure("every round ends with a solution") }
        // Circles placed by a later round may have seats for requests turned away before.
        if let seated = CircleRepair(context: solved).seatLeftovers(formation) {
            formation = seated
            solved = solved.with(circles: seated.circles)
        }
        let schedule = ScheduleAssembly(context: solved).schedule(
            seed: options.seed,
            unassigned: formation.unassigned + formation.awaitingSeat
        )
        let moved = solved.movedPublishedSessions()
        timings.output = measure()
        return PlanOutcome(
            schedule: schedule,
            moved: moved,
            stoppedByTimeLimit: stopped,
            timings: timings,
            context: solved
        )
    }

    /// Enough moves for the search to settle on plans of any size here (the demo's
    /// score stops improving after a few thousand moves; 3,000 circles want more).
    static func defaultMoveBudget(events: Int) -> Int {
        max(100_000, events * 500)
    }

    /// What the next repair round solves, after `context`: nil when nothing is left to
    /// repair or repair could change nothing. Updates the formation and the series.
    private func nextRound(
        after context: PlanContext,
        formation: inout FormationResult,
        outcomes: inout [SeriesGenerator.Outcome],
        options: PlanningOptions,
        lastRound: Bool
    ) -> Round? {
        guard !(context.diagnoses.isEmpty && formation.awaitingSeat.isEmpty),
            let repaired = CircleRepair(context: context).repair(formation, lastRound: lastRound)
        else { return nil }
        let generator = SeriesGenerator(workspace: workspace)
        let before = Dictionary(
            zip(formation.circles.map(\.id), zip(formation.circles, outcomes)),
            uniquingKeysWith: { first, _ in first }
        )
        formation = repaired
        outcomes = formation.circles.map { circle in
            if let (old, outcome) = before[circle.id], old.attendees == circle.attendees { return outcome }
            return generator.series(for: circle)
        }
        let positions = Dictionary(
            context.circles.enumerated().map { ($1.id, $0) },
            uniquingKeysWith: { first, _ in first }
        )
        // The placed circles start where they are: a short search settles the rest.
        return Round(
            circles: formation.circles,
            outcomes: outcomes,
            initial: formation.circles.map { circle in positions[circle.id].flatMap(context.placement(of:)) },
            budget: (options.moveBudget ?? Self.defaultMoveBudget(events: formation.circles.count)) / 8
        )
    }

    /// Rounds of repair after the first solve (each regroups and solves again).
    static let repairRounds = 3

    /// One solve's input: the circles, their series and where to start from.
    private struct Round {
        let circles: [FormedCircle]
        let outcomes: [SeriesGenerator.Outcome]
        /// Per circle: the series and room it had in the previous round, if placed.
        let initial: [(series: SessionSeries, room: Room.ID?)?]?
        let budget: Int?
    }

    private struct Solved {
        let context: PlanContext
        let stoppedByTimeLimit: Bool
        /// Seconds of local search (after construction).
        let search: Double
    }

    private func solve(
        _ round: Round,
        options: PlanningOptions,
        published: PublishedTimes,
        start: ContinuousClock.Instant,
        progress: (@Sendable (PlanProgress) -> Void)?
    ) -> Solved {
        let circles = round.circles
        let mapping = PlanningProblem(
            workspace: workspace,
            circles: circles,
            series: round.outcomes.map(\.series),
            published: published
        )
        let solver: Solver
        do {
            solver = try Solver(mapping.problem)
        } catch {
            // The mapping builds only valid indices; a failure here is a bug in this module.
            preconditionFailure("planner built an invalid solver problem: \(error)")
        }
        let budget = round.budget ?? Self.defaultMoveBudget(events: mapping.problem.events.count)
        // The time limit covers the whole plan, not only the search: what formation, the
        // series and the mapping took is taken off what the search may use.
        let spent = ContinuousClock.now - start
        let used = Double(spent.components.seconds) + Double(spent.components.attoseconds) / 1e18
        let parameters = Parameters(
            seed: options.seed,
            moveBudget: budget,
            timeLimit: options.timeLimit.map { max(0, $0 - used) },
            threads: options.threads
        )
        let initial = initialValues(circles: circles, mapping: mapping, published: published, previous: round.initial)
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
        let context = PlanContext(
            workspace: workspace,
            circles: circles,
            outcomes: round.outcomes,
            mapping: mapping,
            solver: solver,
            solution: solution,
            published: published
        )
        return Solved(
            context: context,
            stoppedByTimeLimit: parameters.timeLimit.map { solution.elapsed >= $0 } ?? false,
            search: solution.elapsed - solution.constructionElapsed
        )
    }

    /// Starts each circle from where the previous repair round placed it, else each
    /// previously published circle from its published series and room, so that an
    /// unchanged plan stays exactly as it was.
    private func initialValues(
        circles: [FormedCircle],
        mapping: PlanningProblem,
        published: PublishedTimes,
        previous: [(series: SessionSeries, room: Room.ID?)?]?
    ) -> [Value?]? {
        var initial = [Value?](repeating: nil, count: mapping.problem.events.count)
        var any = false
        for (index, circle) in circles.enumerated() {
            guard let event = mapping.eventOfCircle[index] else { continue }
            if let placed = previous?[index], let time = mapping.series[index].firstIndex(of: placed.series) {
                let room = placed.room.flatMap { mapping.rooms[index].firstIndex(of: $0) }
                if mapping.rooms[index].isEmpty || room != nil {
                    initial[event] = Value(time: time, room: room)
                    any = true
                    continue
                }
            }
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
