/// What keeps `notify` from doing its work, in words for the organiser. Never carries a
/// password, a token or a member's address.
public enum MailError: Error, Sendable, Hashable, CustomStringConvertible {
    /// plan.yaml has no `mail:` block.
    case notConfigured(planFile: String)
    /// `smtp.user` is set but the environment gives no password.
    case noPassword(user: String)
    /// No SMTP server could be reached or it refused the connection or the login; every
    /// message stays queued.
    case serverUnavailable(host: String, port: Int, reason: String)
    /// libcurl could not be set up.
    case transport(reason: String)
    /// Another `notify` (or `serve`) is sending from this workspace right now.
    case busy(lockFile: String)
    /// State could not be read or written.
    case state(reason: String)
    /// A file (the dry run's .eml, the lock) could not be written.
    case file(path: String, reason: String)
    /// `--now` is not `YYYY-MM-DDTHH:MM`.
    case badTime(String)

    public var description: String {
        switch self {
        case .notConfigured(let planFile):
            return "\(planFile) has no mail: block, so no e-mail is sent; add one (from, smtp, remind_before) to send"
        case .noPassword(let user):
            return
                "smtp.user is '\(user)' but CIRCLES_SMTP_PASSWORD is not set; nothing was sent, every message stays queued"
        case .serverUnavailable(let host, let port, let reason):
            return "cannot send through \(host):\(port): \(reason); every message stays queued and goes at the next run"
        case .transport(let reason):
            return "cannot prepare sending: \(reason)"
        case .busy(let lockFile):
            return
                "another circles notify or serve is sending from this workspace (\(lockFile)); try again when it is done"
        case .state(let reason):
            return reason
        case .file(let path, let reason):
            return "cannot write \(path): \(reason)"
        case .badTime(let text):
            return "'\(text)' is not a local time YYYY-MM-DDTHH:MM"
        }
    }
}
