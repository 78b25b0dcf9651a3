import ArgumentParser
import State

extension Circles.Signups {
    /// `circles signups reject ID --why TEXT [WORKSPACE]`.
    struct Reject: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reject",
            abstract: "Reject a sign-up: it counts for nothing from the next plan on.",
            discussion: """
                The reason is kept with the sign-up, for the organisers; the person is not told by \
                this command.
                """
        )

        @Argument(help: "The sign-up's number (sign-up 12: 12).")
        var number: Int

        @OptionGroup var workspace: WorkspaceArgument

        @Option(help: "Why it is rejected (kept with the sign-up).")
        var why: String

        func validate() throws {
            if why.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                throw ValidationError("--why must say why the sign-up is rejected.")
            }
        }

        func run() throws {
            guard let store = try SignupsStore.open(workspace.path) else {
                throw CirclesError("there is no sign-up \(number) in \(workspace.path): it has no sign-ups")
            }
            let lock = try WriterLock.take(workspace.path, command: "signups reject")
            defer { withExtendedLifetime(lock) {} }
            guard let signup = try store.rejectSignup(number: number, why: why) else {
                throw CirclesError("there is no sign-up \(number) in \(workspace.path)")
            }
            print("sign-up \(signup.number) rejected; it counts for nothing from the next `circles plan` on")
        }
    }
}
