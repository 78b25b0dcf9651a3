import Foundation
import Planner
import State

/// The last plan, kept in the workspace's private State (`.circles/state.sqlite`) so
/// that the next `plan` keeps published sessions in place and `publish` and
/// `attendance` work from the same schedule.
struct KeptSchedule {
    let workspace: String

    private func store() throws -> StateStore {
        try StateStore(workspace: URL(fileURLWithPath: workspace))
    }

    /// The last kept schedule, or nil if the workspace was never planned.
    func read() throws -> Schedule? { try readWithInputs()?.schedule }

    /// The last kept schedule with the fingerprint of the workspace files it was made from
    /// (nil for a plan kept before fingerprints were), or nil if there is none.
    func readWithInputs() throws -> (schedule: Schedule, inputs: String?)? {
        guard let kept = try store().lastPlan() else { return nil }
        do {
            return (try Schedule(jsonData: Data(kept.scheduleJSON.utf8)), kept.inputs)
        } catch {
            throw CirclesError(
                "\(workspace)/.circles: the kept plan cannot be read (\(error)); plan again with `circles plan`"
            )
        }
    }

    func write(_ schedule: Schedule, json: Data, inputs: String) throws {
        _ = try store().keepPlan(
            scheduleJSON: String(decoding: json, as: UTF8.self),
            seed: Int64(bitPattern: schedule.seed),
            inputs: inputs
        )
    }
}
