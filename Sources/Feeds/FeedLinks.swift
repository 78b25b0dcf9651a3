import PublishedLayout

/// The URLs of the feeds: `https`/`http` first (what Google and new Outlook accept) and the
/// same address as `webcal://` (what Apple Calendar and Thunderbird open directly).
public struct FeedLinks: Sendable, Hashable {
    /// Without a trailing `/`.
    public let base: String

    public init(base: String) { self.base = base }

    /// `<base>/calendars/courses/x.ics` for a public feed.
    public func publicURL(_ feed: FeedKey) -> String { base + "/" + (feed.publishedFile ?? feed.key) }

    /// `<base>/p/<token>.ics`.
    public func privateURL(token: String) -> String { base + PublishedLayout.privateFeedPath(token: token) }

    /// The same address with the `webcal` scheme.
    public func webcal(_ url: String) -> String {
        if let range = url.range(of: "://") { return "webcal" + url[range.lowerBound...] }
        return url
    }
}
