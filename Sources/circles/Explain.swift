import ArgumentParser
import Catalogue
import Planner

/// `circles explain CIRCLE`: why a circle sits where it does, and what would move it.
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Explain why a circle is placed where it is, or why it is not placed.",
        discussion: """
            Plans the workspace again with the same seed (the result is the same as the last \
            `circles plan` with that seed) and lists the circle's placement, the candidate times \
            that were ruled out and why, and the free alternatives.
            """
    )

    @Argument(help: "The circle id, as in the schedule.")
    var circle: String

    @OptionGroup var workspace: WorkspaceArgument

    @Option(help: "Seed of the plan to explain.")
    var seed: UInt64 = 1

    @Option(name: .customLong("time-limit"), help: "Stop searching after this many seconds in any case.")
    var timeLimit: Double = 60

    func run() throws {
        let loaded = try WorkspaceLoading.load(workspace.path)
        let previous = try KeptSchedule(workspace: workspace.path).read()
        let outcome = Planner(workspace: loaded).plan(
            PlanningOptions(seed: seed, timeLimit: timeLimit, previous: previous)
        )
        guard let lines = outcome.explanation(of: circle) else {
            let known = outcome.schedule.circles.map(\.id.rawValue)
            throw ValidationError("no circle '\(circle)' in the plan" + Suggestion.hint(for: circle, among: known))
        }
        print(lines.joined(separator: "\n"))
    }
}
