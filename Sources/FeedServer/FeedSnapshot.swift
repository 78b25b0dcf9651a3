/// One published version of the output folder, read whole into memory and never changed.
///
/// Serving from a closed dictionary is what keeps every path outside the snapshot out of
/// reach: a request path is looked up as an opaque string, never joined to a file path.
/// Private feeds are keyed by the SHA-256 of their token, so a lookup compares digests,
/// not token strings: a token that is one character off and a random stranger's take the
/// same path through the code.
public struct FeedSnapshot: Sendable {
    /// Request path (`/`, `/index.html`, `/calendars/<kind>/<id>.ics`) to its file.
    let publicEntries: [String: FeedEntry]
    /// SHA-256 of a private feed's token to its file.
    let privateEntries: [TokenDigest: FeedEntry]
    /// SHA-256 of a token to that person's published plan (`people/<token>.json`): never
    /// served as a file, read by the pages that act.
    let personalPlans: [TokenDigest: [UInt8]]
    /// The folder version this snapshot was read from.
    let fingerprint: FolderFingerprint

    /// Number of public calendar feeds (pages and assets not counted).
    public var publicFeedCount: Int {
        publicEntries.keys.count { $0.hasPrefix("/calendars/") }
    }

    /// Number of private (token) feeds.
    public var privateFeedCount: Int { privateEntries.count }

    /// Whether the folder had an `index.html`.
    public var hasIndex: Bool { publicEntries["/index.html"] != nil }

    /// The file for a public request path, if the snapshot has it.
    func entry(publicPath path: Substring) -> FeedEntry? {
        publicEntries[String(path)]
    }

    /// The published plan of the person whose files carry `token`, if any.
    public func personalPlan(token: some StringProtocol) -> [UInt8]? {
        personalPlans[TokenDigest(token: token)]
    }

    /// The private feed whose token is `token`, if any.
    func entry(token: Substring) -> FeedEntry? {
        privateEntries[TokenDigest(token: token)]
    }
}
