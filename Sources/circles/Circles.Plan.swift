import ArgumentParser
import AtomicFiles
import Catalogue
import Foundation
import Planner
import State

extension Circles {
    /// `circles plan [WORKSPACE]`: form circles, schedule them, say what could not be placed.
    struct Plan: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "plan",
            abstract: "Form circles from the enrolments and schedule them under every constraint.",
            discussion: """
                Writes the schedule (format circles-schedule/1) to the workspace's .circles/ and, \
                with --json, to a file of your choice, then prints the plan per term and course and \
                everything that could not be placed, with the reasons. Exit status: 0 when every \
                session is placed, 2 when some are not (the plan is still written), 1 on error.
                """
        )

        @OptionGroup var workspace: WorkspaceArgument

        @Option(help: "Seed of the search: the same workspace and seed give the same plan.")
        var seed: UInt64 = 1

        @OptionGroup var timeLimit: TimeLimitOption

        @Option(help: "Local-search moves (default: chosen by the size of the plan).")
        var moves: Int?

        @OptionGroup var threads: ThreadsOption

        @Option(help: "Also write the schedule JSON to this file.")
        var json: String?

        @Flag(help: "Print how long each phase took, to stderr.")
        var timings = false

        func run() throws {
            let loaded = try WorkspaceLoading.load(workspace.path)
            let lock = try WriterLock.take(workspace.path, command: "plan")
            defer { withExtendedLifetime(lock) {} }
            let store = try StateStore(workspace: URL(fileURLWithPath: workspace.path))
            let previous = try KeptSchedule.last(in: store, workspace: workspace.path)?.schedule
            let progress = ProgressLine()
            let report: (@Sendable (PlanProgress) -> Void)? =
                progress.isEnabled ? { @Sendable state in progress.show(state) } : nil
            let options = PlanningOptions(
                seed: seed,
                timeLimit: timeLimit.seconds,
                moveBudget: moves,
                threads: threads.count,
                previous: previous
            )
            let outcome = Planner(workspace: loaded).plan(options, progress: report)
            progress.finish()

            let data = try outcome.schedule.jsonData()
            // Owner-only: it says who is in which circle.
            if let json { try AtomicFile.write(Array(data), to: json, mode: 0o600, creatingFolderWith: 0o755) }
            try KeptSchedule.keep(outcome.schedule, json: data, inputs: loaded.fingerprint, in: store)

            print(PlanSummary(schedule: outcome.schedule, workspace: loaded, moved: outcome.moved))
            var standardError = StandardError()
            if timings { print("timings: \(outcome.timings)", to: &standardError) }
            if outcome.stoppedByTimeLimit {
                print(
                    "note: the time limit (\(timeLimit.seconds) s) stopped the search before its move budget; another run may differ",
                    to: &standardError
                )
            }
            if !outcome.schedule.unplaced.isEmpty { throw ExitCode(2) }
        }
    }
}
