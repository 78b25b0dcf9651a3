/// What Mail decided to queue from a `MailSnapshot`: the new messages and, for each person
/// concerned, the sessions they now know of (replacing what they were told before).
public struct MailQueueing: Sendable {
    public var messages: [OutboxMessage]
    /// Person -> every session they have now been told of (an empty list forgets them all).
    public var told: [String: [ToldSession]]

    public init(messages: [OutboxMessage] = [], told: [String: [ToldSession]] = [:]) {
        self.messages = messages
        self.told = told
    }
}
