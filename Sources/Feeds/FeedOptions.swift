import Foundation

/// How feeds are published: where their links point and what the calendar properties say.
public struct FeedOptions: Sendable {
    /// The address the feeds are served from, without a trailing `/`: public feeds are at
    /// `<base>/calendars/<kind>/<id>.ics`, private ones at `<base>/p/<token>.ics` (the paths
    /// `circles serve` answers).
    public var baseURL: String
    /// How often subscribers should fetch again (REFRESH-INTERVAL, X-PUBLISHED-TTL).
    public var refreshInterval: Duration
    /// The ORGANIZER address of every event. iTIP PUBLISH requires an ORGANIZER; it must never
    /// be a member's, so the default is `kalender@<organisation-slug>.invalid`: the reserved
    /// `.invalid` domain (RFC 2606) can reach nobody.
    public var organizerEmail: String?

    public init(
        baseURL: String = "http://127.0.0.1:8080",
        refreshInterval: Duration = .seconds(3600),
        organizerEmail: String? = nil
    ) {
        self.baseURL = baseURL
        self.refreshInterval = refreshInterval
        self.organizerEmail = organizerEmail
    }

    /// The base without trailing slashes, or `badBaseURL`.
    func checkedBase() throws(FeedsError) -> String {
        var base = baseURL
        while base.hasSuffix("/") { base.removeLast() }
        guard base.hasPrefix("http://") || base.hasPrefix("https://"), base.count > "https://".count else {
            throw .badBaseURL(baseURL)
        }
        return base
    }
}
