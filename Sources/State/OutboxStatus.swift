import GRDB

/// Where a message of the outbox stands.
public enum OutboxStatus: String, Codable, Sendable, Hashable, CaseIterable {
    /// Not yet accepted by the server: sent at the next run once `nextTryAt` has come.
    case queued
    /// The server accepted it (its reply is in `lastReply`).
    case sent
    /// The server refused it for good (5xx, its answer in `lastReply`): not tried again.
    case failed
}

extension OutboxStatus: DatabaseValueConvertible {}
