/// What can go wrong with the private state file, with the path and the operation, in
/// words for the study organiser.
public enum StateError: Error, Sendable, Hashable, CustomStringConvertible {
    /// `.circles/` or the database file could not be created or given private permissions.
    case cannotPrepare(path: String, reason: String)
    /// SQLite refused to open the file or to bring its tables up to date.
    case cannotOpen(path: String, reason: String)
    /// A read or write failed; nothing of that write was kept.
    case failed(operation: String, path: String, reason: String)
    /// A value the store will not keep (an empty id, a session number below 1 ...).
    case invalid(operation: String, reason: String)
    /// Another command holds the workspace's writer lock (`WorkspaceLock`): `holder` is what
    /// it wrote there (command, pid, start).
    case busy(path: String, holder: String)
    /// A form's token was spent before (a replayed or twice-sent form); nothing was written.
    case formTokenSpent

    public var description: String {
        switch self {
        case .cannotPrepare(let path, let reason):
            return "cannot prepare the private state at \(path): \(reason)"
        case .cannotOpen(let path, let reason):
            return "cannot open the private state \(path): \(reason)"
        case .failed(let operation, let path, let reason):
            return "\(operation) failed in \(path), nothing was changed: \(reason)"
        case .invalid(let operation, let reason):
            return "\(operation): \(reason)"
        case .busy(_, let holder):
            return
                "another command is writing this workspace: \(holder); nothing was done, try again when it has finished"
        case .formTokenSpent:
            return "this form was sent before; nothing was changed"
        }
    }
}
