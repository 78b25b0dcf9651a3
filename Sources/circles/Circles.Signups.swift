import ArgumentParser

extension Circles {
    /// `circles signups ...`: the sign-ups from the web, for the organiser (this is the one
    /// place they show with names and addresses: a private command on the organiser's machine).
    struct Signups: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "signups",
            abstract: "List, export, reject and merge the sign-ups made on the web.",
            discussion: """
                A confirmed sign-up is a request that validate and plan take with those of \
                enrolments.csv; pending ones wait for their e-mail confirmation (7 days), rejected \
                ones count for nothing.
                """,
            subcommands: [List.self, Reject.self, Merge.self],
            defaultSubcommand: List.self
        )
    }
}
