import ArgumentParser

/// `circles feeds ...`: the private feed links.
struct FeedsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feeds",
        abstract: "Manage the members' private feed links.",
        subcommands: [FeedsRotate.self]
    )
}
