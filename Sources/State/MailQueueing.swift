/// What Mail decided to queue from a `MailSnapshot`: the new messages and, for each person
/// concerned, the sessions they now know of (replacing what they were told before).
public struct MailQueueing: Sendable {
    public var messages: [OutboxMessage]
    /// Person -> every session they have now been told of (an empty list forgets them all).
    public var told: [String: [ToldSession]]
    /// Ids of messages no longer due (a reminder of a session since moved, cancelled or begun):
    /// if still queued, they are marked failed with `withdrawnReply` and never sent.
    public var withdrawn: [String]

    public static let withdrawnReply = "not sent: no longer due (the session moved, was cancelled or has begun)"

    public init(messages: [OutboxMessage] = [], told: [String: [ToldSession]] = [:], withdrawn: [String] = []) {
        self.messages = messages
        self.told = told
        self.withdrawn = withdrawn
    }
}
