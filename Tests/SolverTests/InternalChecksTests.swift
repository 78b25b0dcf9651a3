import Testing

@testable import Solver

/// `SOLVER_INTERNAL_CHECKS` is on for debug builds (Package.swift), so every solve in
/// the tests checks its incremental state against a full score as it goes.
@Suite struct InternalChecksTests {
    @Test func debugBuildsCheckTheSearchAsItGoes() {
        #if SOLVER_INTERNAL_CHECKS
        #expect(Solver.internalChecksEnabled)
        #endif
    }

    #if SOLVER_INTERNAL_CHECKS
    @Test(arguments: 1...5 as ClosedRange<UInt64>)
    func aConsistentStateHasNoViolations(seed: UInt64) throws {
        let problem = RandomProblem.make(seed: seed, pins: 3)
        let solver = try Solver(problem)
        // Long enough for the in-search check to run more than once.
        let solution = solver.solve(Parameters(seed: seed, moveBudget: 3 * Search.checkEveryMoves, timeLimit: 60))
        var state = State(solver.model)
        for (e, value) in solution.assignment.enumerated() {
            if let value { state.assign(e, value.time, value.room ?? Model.noOption) }
        }
        #expect(state.invariantViolations() == [])
    }

    @Test func aDriftedTotalOrALostOccupancyEntryIsReported() throws {
        let problem = RandomProblem.make(seed: 4)
        let model = try Model(problem)
        var state = State(model)
        for e in 0..<6 { state.assign(e, 0, problem.events[e].roomOptions.isEmpty ? Model.noOption : 0) }
        let soft = state.soft
        state.soft += 3
        #expect(state.invariantViolations() == ["soft: incremental \(soft + 3), from scratch \(soft)"])
        state.soft = soft
        let bucket = try #require((0..<model.bucketCount).first { state.head[$0] != State.endOfList })
        state.head[bucket] = state.pool[Int(state.head[bucket])].next
        #expect(state.invariantViolations().count == 1)
        #expect(state.invariantViolations().first?.hasPrefix("occupancy entries: incremental") == true)
    }
    #endif
}
