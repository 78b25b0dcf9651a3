/// The outcome of rotating a token: the feed under `previous` must be removed, the one under
/// `current.token` written.
public struct FeedTokenRotation: Sendable, Hashable {
    /// The token that no longer resolves; nil if the person had none.
    public var previous: String?
    public var current: FeedToken

    public init(previous: String?, current: FeedToken) {
        self.previous = previous
        self.current = current
    }
}
