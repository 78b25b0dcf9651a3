#if SOLVER_INTERNAL_CHECKS
/// The incremental bookkeeping checked against a score from scratch, compiled in only
/// under `SOLVER_INTERNAL_CHECKS` (set for debug builds in `Package.swift`, so tests run
/// with it and release builds pay nothing), as swift-collections' `_checkInvariants()`.
///
/// A wrong delta in `assign`, `unassign` or `groupChange` would not crash anything: the
/// search would just optimise a score that is not the real one. This makes it crash
/// where it happens instead.
extension State {
    /// What disagrees, one line each; empty when the state is consistent: the totals
    /// against `FullScorer` on the model's problem, and the occupancy lists against the
    /// intervals of the assigned events.
    func invariantViolations() -> [String] {
        var violations: [String] = []
        let full = FullScorer.score(m.problem, Solver.values(time: time, room: room))
        func compare(_ name: String, _ incremental: Int, _ scratch: Int) {
            if incremental != scratch {
                violations.append("\(name): incremental \(incremental), from scratch \(scratch)")
            }
        }
        compare("overlaps", overlaps, full.overlaps)
        compare("precedence", precedence, full.precedenceViolations)
        compare("unassigned", unassigned, full.unassigned)
        compare("soft", soft, full.soft)

        var expectedEntries = 0
        for e in 0..<m.eventCount where isAssigned(e) {
            let rooms = room[e] == Model.noOption ? 0 : 1
            expectedEntries += m.intervals(m.option(e, time[e])).count * (m.resBase[e + 1] - m.resBase[e] + rooms)
        }
        var entries = 0
        for bucket in 0..<m.bucketCount {
            var k = head[bucket]
            while k != State.endOfList {
                let entry = pool[Int(k)]
                let e = Int(entry.event)
                if !isAssigned(e) { violations.append("bucket \(bucket): entry of unassigned event \(e)") }
                entries += 1
                k = entry.next
            }
        }
        compare("occupancy entries", entries, expectedEntries)
        return violations
    }

    /// Stops the program when `invariantViolations()` finds anything.
    func checkInvariants(_ when: @autoclosure () -> String) {
        let violations = invariantViolations()
        precondition(violations.isEmpty, "solver state inconsistent \(when()): \(violations.joined(separator: "; "))")
    }
}
#endif
