/// Why the kept plan gives no schedule, in words for the organiser.
public enum KeptScheduleError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The JSON kept in State is not a schedule this version reads.
    case unreadable(workspace: String, reason: String)
    /// The kept plan was made from other workspace files than those there now.
    case stale(workspace: String)

    public var description: String {
        switch self {
        case let .unreadable(workspace, reason):
            "\(workspace)/.circles: the kept plan cannot be read (\(reason)); plan again with `circles plan`"
        case let .stale(workspace):
            "\(workspace): the kept plan was made before the workspace files last changed; plan again with `circles plan \(workspace)`, or publish with --replan"
        }
    }
}
