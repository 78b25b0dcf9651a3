import ArgumentParser
import Signups

extension Circles.Signups {
    /// `circles signups merge [WORKSPACE]`.
    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "merge",
            abstract: "Write the confirmed sign-ups into people.csv and enrolments.csv.",
            discussion: """
                For organisers who keep the files as the only source. New people get their w id; \
                existing rows and columns are kept byte for byte and no row is written twice. The \
                sign-ups are then marked merged and are not added from State again. Weekdays that \
                a person of people.csv said never suit are listed for you to add by hand.
                """
        )

        @OptionGroup var workspace: WorkspaceArgument

        func run() throws {
            guard let store = try SignupsStore.open(workspace.path) else {
                print("no sign-ups in \(workspace.path); nothing to merge")
                return
            }
            let lock = try WriterLock.take(workspace.path, command: "signups merge")
            defer { withExtendedLifetime(lock) {} }
            print(try SignupMerge(workspace: workspace.path, store: store).merge())
        }
    }
}
