import Catalogue
import State

/// Why the workspace with its sign-ups could not be loaded: the workspace's problems (files
/// or sign-ups, each with its location), or the private state could not be read.
public enum SignupsLoadError: Error, Sendable, CustomStringConvertible {
    case workspace(WorkspaceLoadError)
    case state(StateError)

    public var description: String {
        switch self {
        case .workspace(let error): error.description
        case .state(let error): error.description
        }
    }
}
