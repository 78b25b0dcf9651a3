import Foundation
import GRDB

/// One e-mail in the outbox: composed once when it became due, sent until the server
/// accepts or refuses it.
///
/// `id` is stable identity (`welcome/p0001`, `change/p0001/<hash>`, `reminder/p0001/<uid>/<start>`):
/// the table's primary key, so the same message can never be queued twice. The whole message
/// (headers and MIME body, CRLF lines) is kept, so a retry sends the same bytes and the same
/// `Message-ID`. It names one recipient and holds personal data: State is private (0600).
public struct OutboxMessage: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "mail_outbox"

    public var id: String
    /// `welcome`, `change`, `reminder`, `signup-confirmation`.
    public var kind: String
    /// The person's id (`p0001`), or the sign-up's for a confirmation.
    public var person: String
    /// The one address it goes to.
    public var recipient: String
    /// The whole message as sent (RFC 5322, CRLF line ends, 7-bit).
    public var message: String
    public var status: OutboxStatus
    /// How many times sending was started (a run killed while sending counts too).
    public var attempts: Int
    /// Not sent before this time (back-off after a temporary refusal).
    public var nextTryAt: Date
    /// The server's last answer (addresses taken out), or why no server was reached.
    public var lastReply: String?
    public var queuedAt: Date
    public var sentAt: Date?

    enum CodingKeys: String, CodingKey {
        case id, kind, person, recipient, message, status, attempts
        case nextTryAt = "next_try_at"
        case lastReply = "last_reply"
        case queuedAt = "queued_at"
        case sentAt = "sent_at"
    }

    public init(
        id: String,
        kind: String,
        person: String,
        recipient: String,
        message: String,
        status: OutboxStatus = .queued,
        attempts: Int = 0,
        nextTryAt: Date,
        lastReply: String? = nil,
        queuedAt: Date,
        sentAt: Date? = nil
    ) {
        self.id = id
        self.kind = kind
        self.person = person
        self.recipient = recipient
        self.message = message
        self.status = status
        self.attempts = attempts
        self.nextTryAt = nextTryAt
        self.lastReply = lastReply
        self.queuedAt = queuedAt
        self.sentAt = sentAt
    }
}
