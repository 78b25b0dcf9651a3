import Foundation

/// What Mail needs from State to work out what is due, read in the transaction that then
/// queues: published events, whose private feed each is in, what each person was told, which
/// message ids exist and the feed tokens (for each person's link).
public struct MailSnapshot: Sendable {
    /// Every published event not withdrawn, by UID.
    public var events: [String: PublishedEvent]
    /// The UIDs in each person's private feed (`people/<person>`), sorted.
    public var sessionsOfPerson: [String: [String]]
    /// What each person was last told, by person, then UID.
    public var told: [String: [String: ToldSession]]
    /// The ids of every message ever queued.
    public var messageIDs: Set<String>
    /// Feed token by person.
    public var tokens: [String: String]

    public init(
        events: [String: PublishedEvent],
        sessionsOfPerson: [String: [String]],
        told: [String: [String: ToldSession]],
        messageIDs: Set<String>,
        tokens: [String: String]
    ) {
        self.events = events
        self.sessionsOfPerson = sessionsOfPerson
        self.told = told
        self.messageIDs = messageIDs
        self.tokens = tokens
    }
}
