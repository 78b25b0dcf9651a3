/// What a request path asks for, decided on the raw path without any decoding.
///
/// Nothing is percent-decoded and nothing is normalised: `%2e%2e`, `%2f`, `\`, `//` and `..`
/// simply never have the shape of a served path, so they end as `.unknown` and a 404.
enum FeedRoute: Equatable {
    /// `/`, `/index.html` or `/calendars/<kind>/<id>.ics`: the snapshot key is the path itself.
    case publicFile(Substring)
    /// `/p/<token>.ics`.
    case privateFeed(token: Substring)
    /// Anything else.
    case unknown

    /// Longer paths are refused before any parsing.
    static let maximumPathLength = 512

    init(path: Substring) {
        guard path.utf8.count <= Self.maximumPathLength else { self = .unknown; return }
        if path == "/" || path == "/index.html" {
            self = .publicFile(path)
        } else if path.hasPrefix("/calendars/") {
            let parts = path.dropFirst("/calendars/".count).split(separator: "/", omittingEmptySubsequences: false)
            if parts.count == 2, FeedFolderLayout.publicKinds.contains(String(parts[0])),
               FeedFolderLayout.isPublicFeedName(parts[1]) {
                self = .publicFile(path)
            } else {
                self = .unknown
            }
        } else if path.hasPrefix("/p/"), path.hasSuffix(".ics") {
            let token = path.dropFirst(3).dropLast(4)
            self = FeedFolderLayout.isToken(token.utf8) ? .privateFeed(token: token) : .unknown
        } else {
            self = .unknown
        }
    }

    /// How the access log names the request: never a token, never an unparsed path (it
    /// could hold a token behind a typo, such as `/p//<token>.ics`).
    var logLabel: String {
        switch self {
        case .publicFile(let path): String(path)
        case .privateFeed: "/p/<redacted>.ics"
        case .unknown: "<unmatched path>"
        }
    }
}
