/// The generic timetabling engine: compile a `Problem` once, then solve, score
/// and explain against it. Knows nothing of what events, resources or days mean.
///
/// ```swift
/// let solver = try Solver(problem)
/// let solution = solver.solve(Parameters(seed: 7, moveBudget: 1_000_000, timeLimit: 30))
/// let why = solver.explain(event: 12, in: solution.assignment)
/// ```
public struct Solver: Sendable {
    public let problem: Problem
    let model: Model

    /// Checks every index in `problem` and compiles it; throws on the first bad one.
    public init(_ problem: Problem) throws(ProblemError) {
        self.problem = problem
        model = try Model(problem)
    }

    /// Constructs a complete (or as complete as possible) hard-feasible assignment,
    /// then improves the soft total. Pinned events keep their value; `initial`
    /// values (out-of-range ones are ignored) are the starting point for the rest.
    /// Same problem, initial, parameters with a `moveBudget` => same solution.
    public func solve(
        _ parameters: Parameters = Parameters(),
        initial: [Value?]? = nil,
        progress: (@Sendable (Progress) -> Void)? = nil
    ) -> Solution {
        var search = Search(model: model, parameters: parameters, progress: progress)
        for e in 0..<model.eventCount where model.isPinned(e) {
            search.s.assign(e, model.pinTime[e], model.pinRoom[e])
        }
        if let initial {
            for (e, v) in initial.enumerated() where e < model.eventCount && !model.isPinned(e) {
                guard let v, isValid(v, for: e) else { continue }
                let o = model.option(e, v.time)
                // Start only from values that add no hard violation.
                if search.s.staticOverlaps(e, o) > 0 || search.s.precedenceViolations(e, o) > 0 { continue }
                if let r = v.room, !search.s.roomFree(e, o, model.roomResource(of: e, r)) { continue }
                search.s.assign(e, v.time, v.room ?? Model.noOption)
            }
        }
        search.construct()
        let constructionElapsed = search.elapsed
        search = ParallelAnnealing.run(consume search, chains: parameters.threads)
        #if SOLVER_INTERNAL_CHECKS
        search.s.checkInvariants("when the search ends")
        #endif
        let assignment = Self.values(time: search.s.time, room: search.s.room)
        let score = FullScorer.score(problem, assignment)
        return Solution(
            assignment: assignment,
            score: score,
            moves: search.moves,
            constructionSteps: search.constructionSteps,
            elapsed: search.elapsed,
            constructionElapsed: constructionElapsed
        )
    }

    /// Scores any assignment from scratch (one entry per event).
    public func score(_ assignment: [Value?]) -> Score {
        precondition(assignment.count == problem.events.count, "assignment needs one entry per event")
        return FullScorer.score(problem, assignment)
    }

    /// Whether this build checks the incremental state against a full score while it
    /// searches (`SOLVER_INTERNAL_CHECKS`, on in debug builds, so in the tests).
    static var internalChecksEnabled: Bool {
        #if SOLVER_INTERNAL_CHECKS
        true
        #else
        false
        #endif
    }

    /// Scores an assignment through the incremental state (for tests comparing the two).
    func incrementalScore(_ assignment: [Value?]) -> (hard: Int, unassigned: Int, soft: Int) {
        var s = State(model)
        for (e, v) in assignment.enumerated() { if let v { s.assign(e, v.time, v.room ?? Model.noOption) } }
        return (s.hard, s.unassigned, s.soft)
    }

    func isValid(_ v: Value, for e: Int) -> Bool {
        guard v.time >= 0 && v.time < model.timeCount(e) else { return false }
        if model.roomCount(e) == 0 { return v.room == nil }
        guard let r = v.room else { return false }
        return r >= 0 && r < model.roomCount(e)
    }

    static func values(time: [Int], room: [Int]) -> [Value?] {
        time.indices.map { e in
            time[e] == Model.noOption ? nil : Value(time: time[e], room: room[e] == Model.noOption ? nil : room[e])
        }
    }

    /// For every time option of `event`, what rules it out given the other events'
    /// values in `assignment` (the event's own entry is ignored).
    public func explain(event e: Int, in assignment: [Value?]) -> Explanation {
        explain(events: [e], in: assignment)[0]
    }

    /// `explain(event:in:)` for several events against one assignment, which is laid
    /// out once (not once per event: that is what a plan with hundreds of unplaced
    /// events at national scale cannot afford). Each event's own entry is ignored.
    public func explain(events: [Int], in assignment: [Value?]) -> [Explanation] {
        var s = State(model)
        for (x, v) in assignment.enumerated() {
            if let v, isValid(v, for: x) { s.assign(x, v.time, v.room ?? Model.noOption) }
        }
        return events.map { e in
            precondition(e >= 0 && e < model.eventCount, "event \(e) out of range")
            guard s.isAssigned(e) else { return explain(e, s) }
            let (t, r) = (s.time[e], s.room[e])
            s.unassign(e)
            defer { s.assign(e, t, r) }
            return explain(e, s)
        }
    }

    /// What rules out each time option of `e` in `s` (where `e` is unassigned).
    private func explain(_ e: Int, _ s: State) -> Explanation {
        var options: [Explanation.Option] = []
        var tally: [Explanation.Blocker: Int] = [:]
        var feasible = 0
        for t in 0..<model.timeCount(e) {
            let o = model.option(e, t)
            var reasons = Set<Explanation.Reason>()
            for k in model.intervals(o) {
                for j in model.resBase[e]..<model.resBase[e + 1] {
                    let res = model.resList[j]
                    for other in occupants(s, res, k, excluding: e) {
                        reasons.insert(.resourceBusy(resource: res, event: other))
                    }
                }
            }
            for j in model.precBase[e]..<model.precBase[e + 1] {
                let other = model.precOther[j]
                guard s.isAssigned(other) else { continue }
                let oo = model.option(other, s.time[other])
                let broken =
                    model.precIsBefore[j]
                    ? model.breaksPrecedence(before: o, after: oo) : model.breaksPrecedence(before: oo, after: o)
                if broken { reasons.insert(.precedence(event: other)) }
            }
            var free: [Int] = []
            var roomReasons = Set<Explanation.Reason>()
            for r in 0..<model.roomCount(e) {
                let res = model.roomResource(of: e, r)
                var busy = false
                for k in model.intervals(o) {
                    for other in occupants(s, res, k, excluding: e) {
                        busy = true
                        roomReasons.insert(.roomBusy(room: r, resource: res, event: other))
                    }
                }
                if !busy { free.append(r) }
            }
            let noRoom = model.roomCount(e) > 0 && free.isEmpty
            let ok = reasons.isEmpty && !noRoom
            if ok { feasible += 1 }
            var blockersHere = Set<Explanation.Blocker>()
            for reason in reasons {
                switch reason {
                case .resourceBusy(let res, _): blockersHere.insert(.resource(res))
                case .precedence(let other): blockersHere.insert(.precedence(event: other))
                case .roomBusy: break
                }
            }
            if noRoom { blockersHere.insert(.noFreeRoom) }
            for b in blockersHere { tally[b, default: 0] += 1 }
            options.append(
                Explanation.Option(
                    time: t,
                    reasons: reasons.sorted(),
                    freeRooms: free,
                    roomReasons: roomReasons.sorted(),
                    isFeasible: ok
                )
            )
        }
        let counts = tally.map { Explanation.Count(blocker: $0.key, timeOptions: $0.value) }
            .sorted { ($1.timeOptions, $0.blocker) < ($0.timeOptions, $1.blocker) }
        return Explanation(event: e, options: options, counts: counts, feasibleTimeOptions: feasible)
    }

    /// Events using resource `res` at an interval overlapping interval `k`.
    private func occupants(_ s: State, _ res: Int, _ k: Int, excluding e: Int) -> [Int] {
        // In range: a resource has a bucket for every day of every event that can use it.
        let b = model.bucket(res, model.intervalDay(k))
        var out: [Int] = []
        var q = s.head[b]
        while q != State.endOfList {
            let entry = s.pool[Int(q)]
            let other = Int(entry.event)
            if other != e && entry.overlaps(model.intervalStart(k), model.intervalEnd(k)) {
                out.append(other)
            }
            q = entry.next
        }
        return out
    }
}
