import ArgumentParser
import Catalogue
import Foundation
import Planner
import State

extension Circles {
    /// `circles explain CIRCLE`: why a circle sits where it does, and what would move it.
    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Explain why a circle is placed where it is, or why it is not placed.",
            discussion: """
                Plans the workspace again with the same seed (the result is the same as the last \
                `circles plan` with that seed and number of threads) and lists the circle's \
                placement, the candidate times that were ruled out and why, and the free alternatives.
                """
        )

        @Argument(help: "The circle id, as in the schedule.")
        var circle: String

        @OptionGroup var workspace: WorkspaceArgument

        @Option(help: "Seed of the plan to explain.")
        var seed: UInt64 = 1

        @OptionGroup var timeLimit: TimeLimitOption

        @OptionGroup var threads: ThreadsOption

        func run() throws {
            let loaded = try WorkspaceLoading.load(workspace.path)
            let store = try StateStore(workspace: URL(fileURLWithPath: workspace.path))
            let previous = try KeptSchedule.last(in: store, workspace: workspace.path)?.schedule
            let outcome = Planner(workspace: loaded).plan(
                PlanningOptions(
                    seed: seed,
                    timeLimit: timeLimit.seconds,
                    threads: threads.count,
                    previous: previous
                )
            )
            guard let lines = outcome.explanation(of: circle) else {
                let known = outcome.schedule.circles.map(\.id.rawValue)
                throw ValidationError("no circle '\(circle)' in the plan" + Suggestion.hint(for: circle, among: known))
            }
            print(lines.joined(separator: "\n"))
        }
    }
}
