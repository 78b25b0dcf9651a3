import ArgumentParser
import Foundation
import Signups
import State

extension Circles.Signups {
    /// `circles signups [WORKSPACE] [--csv FILE]`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List the sign-ups: number, status, course, association, when, person, name and e-mail.",
            discussion: """
                A pending sign-up not confirmed within 7 days is marked expired (`circles prune` \
                deletes it). \
                With --csv, also writes every sign-up (notes and dates included) to FILE with mode \
                0600: it holds personal data, keep it out of shared folders.
                """
        )

        @OptionGroup var workspace: WorkspaceArgument

        @Option(help: "Also write the sign-ups to this CSV file (mode 0600).")
        var csv: String?

        func run() throws {
            guard let store = try SignupsStore.open(workspace.path) else {
                print("no sign-ups in \(workspace.path)")
                if let csv {
                    let lock = try WriterLock.take(workspace.path, command: "signups --csv")
                    defer { withExtendedLifetime(lock) {} }
                    try SignupExport.write([], to: csv)
                    print("wrote 0 sign-ups to \(csv)")
                }
                return
            }
            let signups = try store.signups()
            for line in SignupListing.lines(signups, now: store.now()) { print(line) }
            if let csv {
                let lock = try WriterLock.take(workspace.path, command: "signups --csv")
                defer { withExtendedLifetime(lock) {} }
                try SignupExport.write(signups, to: csv)
                print("wrote \(signups.count) sign-ups to \(csv)")
            }
        }
    }
}
