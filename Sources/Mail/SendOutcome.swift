/// What the server said about one message.
public enum SendOutcome: Sendable, Hashable {
    /// Accepted (2xx): never sent again.
    case accepted(reply: String)
    /// Refused for now (4xx): tried again later, with back-off.
    case temporary(reply: String)
    /// Refused for good (5xx) for this recipient: marked failed, the others go on.
    case refused(reply: String)
}
