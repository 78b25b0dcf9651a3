import Testing

@testable import Solver

@Suite struct ParallelAnnealingTests {
    /// Same seed, budget and number of chains: the same assignment, however the threads
    /// were scheduled; the incremental score the search ended on equals a full score.
    @Test(arguments: [2, 3] as [Int])
    func sameSeedAndThreadCountGiveTheSameAssignment(threads: Int) throws {
        let problem = RandomProblem.make(seed: 41, events: 60, pins: 3)
        let solver = try Solver(problem)
        let parameters = Parameters(seed: 9, moveBudget: 60_000, timeLimit: 60, threads: threads)
        let runs = (0..<3).map { _ in solver.solve(parameters) }
        #expect(runs[1].assignment == runs[0].assignment)
        #expect(runs[2].assignment == runs[0].assignment)
        #expect(runs[0].score == solver.score(runs[0].assignment))
        let incremental = solver.incrementalScore(runs[0].assignment)
        #expect(incremental.hard == runs[0].score.hard)
        #expect(incremental.soft == runs[0].score.soft)
        // The chains share the budget: together they try as many moves as one chain would.
        #expect(abs(runs[0].moves - 60_000) < threads * Search.stepMoves)
    }

    /// One thread is the single-chain search itself, move for move.
    @Test func oneThreadIsTheSingleChainSearch() throws {
        let problem = RandomProblem.make(seed: 42, events: 50, pins: 2)
        let solver = try Solver(problem)
        let single = solver.solve(Parameters(seed: 3, moveBudget: 40_000, timeLimit: 60))
        var search = Search(model: solver.model, parameters: Parameters(seed: 3, moveBudget: 40_000), progress: nil)
        for e in 0..<solver.model.eventCount where solver.model.isPinned(e) {
            search.s.assign(e, solver.model.pinTime[e], solver.model.pinRoom[e])
        }
        search.construct()
        search.anneal()
        #expect(Solver.values(time: search.s.time, room: search.s.room) == single.assignment)
        #expect(single.moves == search.moves)
    }

    /// Chains never lose what construction placed (a budget of no moves keeps just
    /// the construction), keep pins and add no hard violation.
    @Test(arguments: [51, 52, 53] as [UInt64])
    func chainsKeepPinsAndFeasibility(seed: UInt64) throws {
        let problem = RandomProblem.make(seed: seed, events: 40, pins: 4)
        let solver = try Solver(problem)
        let constructed = solver.solve(Parameters(seed: 1, moveBudget: 0, timeLimit: 60, threads: 4))
        let four = solver.solve(Parameters(seed: 1, moveBudget: 30_000, timeLimit: 60, threads: 4))
        for (e, event) in problem.events.enumerated() {
            if let pin = event.pinned { #expect(four.assignment[e] == pin) }
        }
        let pinsOnly = problem.events.map(\.pinned)
        #expect(four.score.hard == solver.score(pinsOnly).hard)
        #expect(four.score.unassigned <= constructed.score.unassigned)
        #expect(constructed.moves == 0)
    }

    @Test func chainSeedsDifferFromEachOtherAndFromTheSeed() {
        let seeds = (1..<8).map { ParallelAnnealing.seed(5, chain: $0) }
        #expect(Set(seeds + [5]).count == 8)
    }
}
