/// Hard: event `before` must end (its last interval) no later than event `after`
/// starts (its first interval). Only checked when both are assigned.
public struct Precedence: Hashable, Sendable {
    public var before: Int
    public var after: Int

    public init(before: Int, after: Int) {
        self.before = before
        self.after = after
    }
}
