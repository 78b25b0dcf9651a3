import Catalogue
import Foundation
import State

/// The last plan, kept in the workspace's private State (`.circles/state.sqlite`) so that
/// the next plan keeps published sessions in place and publish, attendance and the leader's
/// page work from the same schedule.
public struct KeptSchedule: Sendable {
    public let schedule: Schedule
    /// The fingerprint of the workspace files the plan was made from (nil for a plan kept
    /// before fingerprints were): `publish` refuses a plan made from other files.
    public let inputs: String?

    /// The last kept schedule of `store`, or nil if the workspace was never planned;
    /// `workspace` is the folder as the user named it, for the message when it cannot be read.
    public static func last(in store: StateStore, workspace: String) throws -> KeptSchedule? {
        guard let kept = try store.lastPlan() else { return nil }
        do {
            return KeptSchedule(schedule: try Schedule(jsonData: Data(kept.scheduleJSON.utf8)), inputs: kept.inputs)
        } catch {
            throw KeptScheduleError.unreadable(workspace: workspace, reason: "\(error)")
        }
    }

    /// Keeps `schedule` (its JSON as written, `json`) as the last plan, made from the
    /// workspace files whose fingerprint is `inputs`.
    public static func keep(_ schedule: Schedule, json: Data, inputs: String, in store: StateStore) throws(StateError) {
        _ = try store.keepPlan(
            scheduleJSON: String(decoding: json, as: UTF8.self),
            seed: Int64(bitPattern: schedule.seed),
            inputs: inputs
        )
    }

    /// The schedule `circles publish` publishes: the kept one, or a new plan (from the kept
    /// one, keeping published sessions in place) kept in its place when there is none or
    /// `replan` asks for it, with the published sessions that plan moved. A kept plan made from
    /// other workspace files than `workspace`'s is refused unless `replan`.
    public static func toPublish(
        workspace: Workspace,
        named folder: String,
        store: StateStore,
        replan: Bool,
        seed: UInt64,
        threads: Int = 1
    ) throws -> (schedule: Schedule, moved: [MovedSession]) {
        let kept = try last(in: store, workspace: folder)
        if !replan, let inputs = kept?.inputs, inputs != workspace.fingerprint {
            throw KeptScheduleError.stale(workspace: folder)
        }
        if let kept, !replan { return (kept.schedule, []) }
        let outcome = Planner(workspace: workspace).plan(
            PlanningOptions(seed: seed, threads: threads, previous: kept?.schedule)
        )
        try keep(outcome.schedule, json: outcome.schedule.jsonData(), inputs: workspace.fingerprint, in: store)
        return (outcome.schedule, outcome.moved)
    }
}
