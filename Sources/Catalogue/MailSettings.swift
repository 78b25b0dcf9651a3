/// The `mail:` block of `plan.yaml`: who the messages are from and the SMTP server that
/// delivers them. Without it nothing is sent (`circles notify` says so).
///
/// The password is deliberately not here: it comes only from the environment variable
/// `CIRCLES_SMTP_PASSWORD`, so it is never in a file the organiser might share or commit.
public struct MailSettings: Sendable, Hashable {
    /// The `From:` header as written: `"Vänsterpartiet Värmland <studier@example.org>"`.
    public let from: MailAddress
    public let replyTo: MailAddress?
    public let smtp: SMTP
    /// A reminder this many minutes before each session; 0 = none.
    public let remindBeforeMinutes: Int
    /// At most this many messages a minute (a provider's limit); 0 = no limit.
    public let maxPerMinute: Int

    public static let defaultRemindBeforeMinutes = 24 * 60
    public static let defaultMaxPerMinute = 120

    public init(
        from: MailAddress,
        replyTo: MailAddress? = nil,
        smtp: SMTP,
        remindBeforeMinutes: Int = MailSettings.defaultRemindBeforeMinutes,
        maxPerMinute: Int = MailSettings.defaultMaxPerMinute
    ) {
        self.from = from
        self.replyTo = replyTo
        self.smtp = smtp
        self.remindBeforeMinutes = remindBeforeMinutes
        self.maxPerMinute = maxPerMinute
    }
}
