import ArgumentParser

extension Circles {
    /// `circles feeds ...`: the private feed links.
    struct Feeds: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "feeds",
            abstract: "Manage the members' private feed links.",
            subcommands: [Rotate.self]
        )
    }
}
