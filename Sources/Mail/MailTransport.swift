/// Hands one composed message to a mail server for one recipient. `SMTPTransport` is the real
/// one; the seam lets tests of `Notifier`'s bookkeeping use a real server all the same (they
/// do: aiosmtpd), while keeping libcurl out of the due-logic tests.
public protocol MailTransport {
    /// Sends `message` (the whole RFC 5322 text) from `from` to `to` (bare addresses).
    /// Throws `MailError.serverUnavailable` when no message can go now (connection, TLS,
    /// login): the batch stops and everything stays queued.
    func send(_ message: String, from: String, to: String) throws(MailError) -> SendOutcome
}
