/// The kinds of message, as the first part of an outbox id (`welcome/p0001`).
public enum MailKind: String, Sendable, Hashable, CaseIterable {
    /// The first circle a publication gave a person: their link and sessions.
    case welcome
    /// What moved, was cancelled or was added for a person since they were last told.
    case change
    /// `remind_before` before one session.
    case reminder
    /// A sign-up's confirmation link (double opt-in), queued by the sign-up pages.
    case signupConfirmation = "signup-confirmation"
}
