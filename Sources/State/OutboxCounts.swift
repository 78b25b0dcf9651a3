/// How many messages of the outbox are in each status: what `circles notify` prints, naming nobody.
public struct OutboxCounts: Sendable, Hashable {
    public var queued = 0
    public var sent = 0
    public var failed = 0

    public init(queued: Int = 0, sent: Int = 0, failed: Int = 0) {
        self.queued = queued
        self.sent = sent
        self.failed = failed
    }
}
