extension MailSettings {
    /// How the SMTP connection is protected.
    public enum Security: String, Sendable, Hashable, CaseIterable {
        /// Plain connection upgraded with STARTTLS before AUTH; refused if the server cannot (port 587).
        case starttls
        /// TLS from the first byte (port 465).
        case tls
        /// No encryption: only to 127.0.0.1 or ::1.
        case none

        /// The port used when `port` is not given.
        public var defaultPort: Int {
            switch self {
            case .starttls: 587
            case .tls: 465
            case .none: 25
            }
        }
    }
}
