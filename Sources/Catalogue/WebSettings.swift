/// The `web:` block of `plan.yaml`: where the site is reached and how long personal data of
/// the site (sign-ups, absences, erased people) is kept. Optional: a v1 workspace has none.
public struct WebSettings: Sendable, Hashable {
    /// `https://kalender.example.org`, without a trailing `/`: the links in pages, feeds and
    /// e-mails start with it.
    public let baseURL: String
    /// Days after their term that sign-ups, absences and erased people leave State.
    public let retentionDays: Int

    public static let defaultRetentionDays = 365

    public init(baseURL: String, retentionDays: Int = WebSettings.defaultRetentionDays) {
        var base = baseURL
        while base.hasSuffix("/") { base.removeLast() }
        self.baseURL = base
        self.retentionDays = retentionDays
    }
}
