import ArgumentParser

/// `itc2007`: solve and check ITC-2007 track 3 instances with the circles engine.
@main
struct ITC2007Command: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "itc2007",
        abstract: "Solve and check ITC-2007 curriculum-based course timetabling instances.",
        subcommands: [SolveCommand.self, CheckCommand.self, ScaleCommand.self]
    )
}
