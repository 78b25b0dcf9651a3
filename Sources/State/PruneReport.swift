/// How many rows `StateStore.prune` deleted, by kind.
public struct PruneReport: Sendable, Hashable, CustomStringConvertible {
    public var expiredSignups = 0
    public var signups = 0
    public var absences = 0
    public var leavings = 0
    public var erasures = 0
    public var attendance = 0
    public var formTokens = 0

    public init() {}

    public var description: String {
        """
        pruned: \(expiredSignups) expired sign-ups, \(signups) sign-ups, \(absences) notices of absence, \
        \(leavings) leavings, \(erasures) erasures, \(attendance) attendance rows of erased people, \
        \(formTokens) spent form tokens
        """
    }
}
