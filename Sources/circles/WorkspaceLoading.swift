import ArgumentParser
import Catalogue

/// Loads a workspace for a command; on any problem prints them all to stderr and exits 1.
enum WorkspaceLoading {
    static func load(_ path: String) throws -> Workspace {
        do {
            return try Workspace.load(from: path)
        } catch {
            var standardError = StandardError()
            print(error.description, to: &standardError)
            throw ExitCode(1)
        }
    }
}
