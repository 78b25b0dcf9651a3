import Testing

@testable import Solver

/// The incremental state must agree with the from-scratch scorer after any
/// sequence of assignments and unassignments.
@Suite struct IncrementalScoreTests {
    @Test(arguments: 1...20 as ClosedRange<UInt64>)
    func incrementalEqualsFullAfterRandomMoves(seed: UInt64) throws {
        let problem = RandomProblem.make(seed: seed)
        let model = try Model(problem)
        var state = State(model)
        var rng = RandomSource(seed: seed &+ 1000)
        for step in 0..<400 {
            let e = rng.below(problem.events.count)
            if state.isAssigned(e) { state.unassign(e) }
            if rng.below(5) > 0 {
                let t = rng.below(problem.events[e].timeOptions.count)
                let rooms = problem.events[e].roomOptions.count
                state.assign(e, t, rooms == 0 ? Model.noOption : rng.below(rooms))
            }
            if step % 20 == 0 || step == 399 {
                let full = FullScorer.score(problem, Solver.values(time: state.time, room: state.room))
                #expect(state.soft == full.soft, "seed \(seed) step \(step)")
                #expect(state.overlaps == full.overlaps, "seed \(seed) step \(step)")
                #expect(state.precedence == full.precedenceViolations, "seed \(seed) step \(step)")
                #expect(state.unassigned == full.unassigned, "seed \(seed) step \(step)")
            }
        }
    }

    @Test func partsSumToSoftAndUnassignedCostsNothingOnItsOwn() throws {
        let problem = RandomProblem.make(seed: 7)
        let solver = try Solver(problem)
        let solution = solver.solve(Parameters(seed: 3, moveBudget: 20_000, timeLimit: 30))
        #expect(solution.score.parts.reduce(0, +) == solution.score.soft)
        #expect(solver.score(solution.assignment) == solution.score)
        let incremental = solver.incrementalScore(solution.assignment)
        #expect(incremental.soft == solution.score.soft)
        #expect(incremental.hard == solution.score.hard)
    }
}
