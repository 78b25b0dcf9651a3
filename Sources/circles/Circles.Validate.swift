import ArgumentParser
import Catalogue
import Signups

extension Circles {
    /// `circles validate [WORKSPACE]`: load the workspace, report every problem or a summary.
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a planning workspace and summarise what it holds.",
            discussion: """
                Reads plan.yaml, venues.yaml, associations.yaml, catalogue/*.yaml, people.csv, \
                enrolments.csv and circles.yaml, with the sign-ups confirmed on the web (from \
                .circles/ when there is one), and checks every reference between them. \
                Every problem is listed as file:line: key: message (a sign-up as sign-up N: key: \
                message), then the count; \
                the exit status is 1 if there was any.
                """
        )

        @OptionGroup var workspace: WorkspaceArgument

        func run() throws {
            do {
                let loaded = try SignupsWorkspace.load(from: workspace.path)
                WorkspaceLoading.printWarnings(of: loaded)
                print(WorkspaceSummary(loaded))
            } catch {
                var standardError = StandardError()
                print(error.description, to: &standardError)
                throw ExitCode(1)
            }
        }
    }
}
