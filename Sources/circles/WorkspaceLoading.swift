import ArgumentParser
import Catalogue
import Signups

/// Loads a workspace for a command (its files and, when there is a State file, the web's
/// confirmed sign-ups, leavings and erasures); on any problem prints them all to stderr and
/// exits 1. Warnings go to stderr too, and the command goes on.
enum WorkspaceLoading {
    static func load(_ path: String) throws -> Workspace {
        do {
            let workspace = try SignupsWorkspace.load(from: path)
            printWarnings(of: workspace)
            return workspace
        } catch {
            var standardError = StandardError()
            print(error.description, to: &standardError)
            throw ExitCode(1)
        }
    }

    /// The workspace's files alone, without State (what retention needs: its terms).
    static func loadFiles(_ path: String) throws -> Workspace {
        do {
            return try Workspace.load(from: path)
        } catch {
            var standardError = StandardError()
            print(error.description, to: &standardError)
            throw ExitCode(1)
        }
    }

    static func printWarnings(of workspace: Workspace) {
        var standardError = StandardError()
        for warning in workspace.warnings { print("warning: \(warning)", to: &standardError) }
    }
}
