import Foundation
import GRDB

extension StateStore {
    /// How many kept plans stay in the file; older ones are deleted when a new one is kept.
    public static let keptPlanLimit = 20

    /// Keeps a schedule (its JSON as written) with its seed and the fingerprint of the
    /// workspace files it was made from, timed now.
    @discardableResult
    public func keepPlan(scheduleJSON: String, seed: Int64, inputs: String? = nil) throws(StateError) -> KeptPlan {
        let now = currentTime()
        return try write("keeping the plan") { db in
            var plan = KeptPlan(scheduleJSON: scheduleJSON, seed: seed, plannedAt: now, inputs: inputs)
            try plan.insert(db)
            try db.execute(
                sql: "DELETE FROM kept_plan WHERE id NOT IN (SELECT id FROM kept_plan ORDER BY id DESC LIMIT ?)",
                arguments: [Self.keptPlanLimit]
            )
            return plan
        }
    }

    /// The plan kept last, or nil if none was.
    public func lastPlan() throws(StateError) -> KeptPlan? {
        try read("reading the kept plan") { db in
            try KeptPlan.order(Column("id").desc).fetchOne(db)
        }
    }
}
