import ArgumentParser

/// The `circles` command line: thin, declarative; every job lives in a library target.
@main
struct Circles: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "circles",
        abstract: "Plan study circles and trainings, publish their calendars, keep attendance.",
        subcommands: [
            Validate.self, PlanCommand.self, Explain.self,
            PublishCommand.self, FeedsCommand.self,
            AttendanceCommand.self,
            NotifyCommand.self,
            SignupsCommand.self, PruneCommand.self,
            Serve.self,
        ]
    )
}
