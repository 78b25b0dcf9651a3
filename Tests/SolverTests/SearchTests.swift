import Testing

@testable import Solver

@Suite struct SearchTests {
    @Test(arguments: [11, 12, 13] as [UInt64])
    func sameSeedAndBudgetGiveTheSameAssignment(seed: UInt64) throws {
        let problem = RandomProblem.make(seed: seed, events: 40, pins: 2)
        let solver = try Solver(problem)
        let parameters = Parameters(seed: 5, moveBudget: 30_000, timeLimit: 60)
        let a = solver.solve(parameters)
        let b = solver.solve(parameters)
        #expect(a.assignment == b.assignment)
        #expect(a.score == b.score)
        let c = solver.solve(Parameters(seed: 6, moveBudget: 30_000, timeLimit: 60))
        #expect(c.score.hard == solver.score(problem.events.map(\.pinned)).hard)
    }

    @Test(arguments: [21, 22, 23, 24] as [UInt64])
    func pinsAreKeptAndNoHardViolationIsAdded(seed: UInt64) throws {
        let problem = RandomProblem.make(seed: seed, events: 30, pins: 4)
        let solver = try Solver(problem)
        let solution = solver.solve(Parameters(seed: 1, moveBudget: 20_000, timeLimit: 60))
        for (e, event) in problem.events.enumerated() {
            if let pin = event.pinned { #expect(solution.assignment[e] == pin) }
        }
        // Only pins may overlap each other: everything else is placed without conflict or left out.
        let pinsOnly = problem.events.indices.map { problem.events[$0].pinned }
        #expect(solution.score.hard == solver.score(pinsOnly).hard)
    }

    /// The batch form lays the assignment out once; it must say exactly what one call per event says.
    @Test(arguments: [31, 32] as [UInt64])
    func explainingManyEventsAtOnceEqualsOneAtATime(seed: UInt64) throws {
        let problem = RandomProblem.make(seed: seed, events: 40, pins: 3)
        let solver = try Solver(problem)
        let assignment = solver.solve(Parameters(seed: 2, moveBudget: 5_000, timeLimit: 60)).assignment
        let events = Array(problem.events.indices)
        let batch = solver.explain(events: events, in: assignment)
        #expect(batch == events.map { solver.explain(event: $0, in: assignment) })
        // The assignment is restored after each assigned event is explained.
        #expect(solver.explain(events: events.reversed(), in: assignment) == batch.reversed())
    }

    /// Two events share resource 0; each has times 0 and 1, room 9 holds only one.
    func twoEventProblem(pinFirst: Bool) -> Problem {
        let times = [0, 1].map {
            TimeOption(intervals: [Interval(start: $0 * 10, end: $0 * 10 + 10, day: 0, slot: $0)])
        }
        var a = Event(timeOptions: [times[0]], resources: [0])
        if pinFirst { a.pinned = Value(time: 0, room: nil) }
        let b = Event(timeOptions: [times[0]], resources: [0, 1])
        let c = Event(timeOptions: times, resources: [2])
        let d = Event(timeOptions: times, resources: [3])
        return Problem(
            resourceCount: 4,
            slotsPerDay: 2,
            events: [a, b, c, d],
            precedences: [Precedence(before: 2, after: 3)],
            partNames: ["none"]
        )
    }

    @Test func unplaceableEventIsReportedUnassignedAndPrecedenceHolds() throws {
        let solver = try Solver(twoEventProblem(pinFirst: true))
        let solution = solver.solve(Parameters(seed: 1, moveBudget: 5_000, timeLimit: 30))
        #expect(solution.assignment[0] == Value(time: 0, room: nil))
        #expect(solution.assignment[1] == nil)
        #expect(solution.score.unassigned == 1)
        #expect(solution.score.hard == 0)
        // c must end before d starts: c at 0..10, d at 10..20.
        #expect(solution.assignment[2] == Value(time: 0, room: nil))
        #expect(solution.assignment[3] == Value(time: 1, room: nil))
    }

    /// Two events that cannot both be placed (one resource, one time each) must not hold
    /// construction up: the others, less constrained, are placed too, long before the
    /// construction budget runs out, with no local search to help.
    @Test func twoEventsThatExcludeEachOtherLeaveTheRestToBePlaced() throws {
        let times = [0, 1].map {
            TimeOption(intervals: [Interval(start: $0 * 10, end: $0 * 10 + 10, day: 0, slot: $0)])
        }
        let rivals = [Event(timeOptions: [times[0]], resources: [0]), Event(timeOptions: [times[0]], resources: [0])]
        let others = (1...50).map { Event(timeOptions: times, resources: [$0]) }
        let problem = Problem(resourceCount: 51, slotsPerDay: 2, events: rivals + others, partNames: ["none"])
        let solution = try Solver(problem).solve(Parameters(seed: 1, moveBudget: 0, timeLimit: 30))
        #expect(solution.score.unassigned == 1)
        #expect(solution.score.hard == 0)
        #expect((solution.assignment[0] == nil) != (solution.assignment[1] == nil))
        #expect(solution.constructionSteps < 2 * (Search.maxEjections + problem.events.count))
    }

    /// One room, two times, each event cheaper at the other's time: no time move finds
    /// a free room and the events share no resource to chain on, so only the swap with
    /// the room's occupant reaches the optimum.
    @Test func twoEventsInTheOnlyRoomTradeTimes() throws {
        let times = [0, 1].map {
            TimeOption(intervals: [Interval(start: $0 * 10, end: $0 * 10 + 10, day: 0, slot: $0)])
        }
        func event(costs: [Int]) -> Event {
            Event(
                timeOptions: zip(times, costs).map { time, cost in
                    TimeOption(intervals: time.intervals, costs: [SoftCost(part: 0, amount: cost)])
                },
                roomOptions: [RoomOption(resource: 2)],
                resources: []
            )
        }
        let problem = Problem(
            resourceCount: 3,
            slotsPerDay: 2,
            events: [event(costs: [10, 0]), event(costs: [0, 10])],
            partNames: ["time"]
        )
        let solver = try Solver(problem)
        let start: [Value?] = [Value(time: 0, room: 0), Value(time: 1, room: 0)]
        #expect(solver.score(start).soft == 20)
        let solution = solver.solve(Parameters(seed: 1, moveBudget: 1_000, timeLimit: 30), initial: start)
        #expect(solution.assignment == [Value(time: 1, room: 0), Value(time: 0, room: 0)])
        #expect(solution.score.soft == 0)
        #expect(solution.score.hard == 0)
    }

    /// A Kempe chain is scored before it is made: the delta it was judged by must be
    /// what making it changes (and no hard rule may break), for chains of every length.
    @Test(arguments: [41, 42, 43] as [UInt64])
    func aScoredKempeChainChangesTheSoftTotalByItsScore(seed: UInt64) throws {
        let problem = RandomProblem.timetable(seed: seed)
        let model = try Model(problem)
        var search = Search(model: model, parameters: Parameters(seed: seed), progress: nil)
        search.construct()
        #expect(search.s.hard == 0)
        var checked = 0
        var longest = 0
        for _ in 0..<20_000 {
            switch search.tryMove() {
            case .chain(let delta):
                let soft = search.s.soft
                search.makeChain()
                #expect(search.s.soft - soft == delta)
                #expect(search.s.hard == 0)
                let full = FullScorer.score(problem, Solver.values(time: search.s.time, room: search.s.room))
                #expect(full.soft == search.s.soft)
                #expect(full.overlaps == 0)
                checked += 1
                longest = max(longest, search.chainA.count + search.chainB.count)
            case .applied: search.undo()
            case .single, .roomSwap, .none: break
            }
        }
        #expect(checked > 100)
        #expect(longest >= 4)
    }

    @Test func precedenceViolationIsCounted() throws {
        let solver = try Solver(twoEventProblem(pinFirst: false))
        let score = solver.score([nil, nil, Value(time: 1, room: nil), Value(time: 0, room: nil)])
        #expect(score.precedenceViolations == 1)
        #expect(score.unassigned == 2)
        #expect(score.hard == 1)
    }

    @Test func explanationNamesTheBlockingResourceEventAndRoom() throws {
        // Event 0 (resource 5) at time 0 in room 20; event 1 (resource 6) at time 1 in room 20.
        // Event 2 needs resource 5, may use times 0,1,2 and only room 20.
        let times = (0..<3).map { TimeOption(intervals: [Interval(start: $0, end: $0 + 1, day: 0, slot: $0)]) }
        let room = [RoomOption(resource: 20)]
        let problem = Problem(
            resourceCount: 21,
            slotsPerDay: 3,
            events: [
                Event(timeOptions: times, roomOptions: room, resources: [5]),
                Event(timeOptions: times, roomOptions: room, resources: [6]),
                Event(timeOptions: times, roomOptions: room, resources: [5]),
            ],
            partNames: ["none"]
        )
        let solver = try Solver(problem)
        let assignment: [Value?] = [Value(time: 0, room: 0), Value(time: 1, room: 0), nil]
        let why = solver.explain(event: 2, in: assignment)
        #expect(why.feasibleTimeOptions == 1)
        #expect(why.options[0].reasons == [.resourceBusy(resource: 5, event: 0)])
        #expect(why.options[0].roomReasons == [.roomBusy(room: 0, resource: 20, event: 0)])
        #expect(why.options[1].reasons.isEmpty)
        #expect(why.options[1].roomReasons == [.roomBusy(room: 0, resource: 20, event: 1)])
        #expect(why.options[1].isFeasible == false)
        #expect(why.options[2].isFeasible && why.options[2].freeRooms == [0])
        #expect(why.counts.contains(Explanation.Count(blocker: .resource(5), timeOptions: 1)))
        #expect(why.counts.contains(Explanation.Count(blocker: .noFreeRoom, timeOptions: 2)))
        // And the solver places event 2 at time 2.
        let solution = solver.solve(Parameters(seed: 2, moveBudget: 2_000, timeLimit: 30), initial: assignment)
        #expect(solution.score.unassigned == 0 && solution.score.hard == 0)
    }

    @Test func badIndicesAreRefused() {
        let problem = Problem(
            resourceCount: 1,
            events: [Event(timeOptions: [TimeOption(intervals: [Interval(start: 0, end: 1, day: 0)])], resources: [3])],
            partNames: []
        )
        #expect(throws: ProblemError.self) { try Solver(problem) }
    }
}
