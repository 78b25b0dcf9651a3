extension MailSettings {
    /// The submission server: `smtp: { host, port, security, user }`, and optionally
    /// `ca_file` (a PEM file of certificate authorities to trust instead of the system's,
    /// for a server with a private CA; relative to the workspace).
    public struct SMTP: Sendable, Hashable {
        public let host: String
        public let port: Int
        public let security: Security
        /// nil: no AUTH.
        public let user: String?
        /// As written: a relative path is relative to the workspace folder.
        public let caFile: String?

        public init(host: String, port: Int, security: Security, user: String? = nil, caFile: String? = nil) {
            self.host = host
            self.port = port
            self.security = security
            self.user = user
            self.caFile = caFile
        }

        /// Hosts `security: none` may go to: clear text must not leave the machine.
        public static let loopbackHosts: Set<String> = ["127.0.0.1", "::1"]
    }
}
