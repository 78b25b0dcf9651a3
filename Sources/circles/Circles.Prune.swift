import ArgumentParser
import Signups

extension Circles {
    /// `circles prune [WORKSPACE]`: personal data of the site leaves State when its time is up.
    struct Prune: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "prune",
            abstract: "Delete expired sign-ups and personal data past plan.yaml's web.retention_days.",
            discussion: """
                Pending sign-ups never confirmed within 7 days are deleted; sign-ups, notices of \
                absence, leavings, erasures and the attendance of people who erased their data are \
                deleted retention_days (default 365) after the end of their term; spent form tokens \
                after a day. `circles serve` does the same every hour. Prints counts only.
                """
        )

        @OptionGroup var workspace: WorkspaceArgument

        func run() throws {
            guard let store = try SignupsStore.open(workspace.path) else {
                print("nothing to prune in \(workspace.path)")
                return
            }
            let loaded = try WorkspaceLoading.loadFiles(workspace.path)
            let lock = try WriterLock.take(workspace.path, command: "prune")
            defer { withExtendedLifetime(lock) {} }
            print(try Retention(workspace: loaded, store: store).prune())
        }
    }
}
