import ArgumentParser

/// The `circles` command line: thin, declarative; every job lives in a library target.
@main
struct Circles: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "circles",
        abstract: "Plan study circles and trainings, publish their calendars, keep attendance.",
        subcommands: [
            Validate.self, Plan.self, Explain.self,
            Publish.self, Feeds.self,
            Attendance.self,
            Notify.self,
            Signups.self, Prune.self,
            Serve.self,
        ]
    )
}
