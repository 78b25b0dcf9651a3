import ArgumentParser
import Catalogue

/// Loads a workspace for a command; on any problem prints them all to stderr and exits 1.
/// Warnings go to stderr too, and the command goes on.
enum WorkspaceLoading {
    static func load(_ path: String) throws -> Workspace {
        do {
            let workspace = try Workspace.load(from: path)
            printWarnings(of: workspace)
            return workspace
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
