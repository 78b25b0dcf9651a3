import PublishedLayout

/// What a request path asks for, decided on the raw path without any decoding.
///
/// Nothing is percent-decoded and nothing is normalised: `%2e%2e`, `%2f`, `\`, `//` and `..`
/// simply never have the shape of a served path, so they end as `.unknown` and a 404.
enum FeedRoute: Equatable {
    /// `/`, `/index.html`, `/style.css`, `/<kind>/<id>` or `/calendars/<kind>/<id>.ics`: the
    /// snapshot key is the path itself.
    case publicFile(Substring)
    /// `/p/<token>.ics`.
    case privateFeed(token: Substring)
    /// Anything else.
    case unknown

    /// Longer paths are refused before any parsing.
    static let maximumPathLength = 512

    init(path: Substring) {
        guard path.utf8.count <= Self.maximumPathLength else {
            self = .unknown
            return
        }
        if path == "/" || path == "/index.html" || PublishedLayout.assetFiles.contains(where: { path == "/" + $0 }) {
            self = .publicFile(path)
        } else if path.hasPrefix("/\(PublishedLayout.calendarsFolder)/") {
            let parts = path.dropFirst(PublishedLayout.calendarsFolder.count + 2).split(
                separator: "/",
                omittingEmptySubsequences: false
            )
            if parts.count == 2, let kind = PublishedKind(rawValue: String(parts[0])),
                PublishedLayout.requestPath(ofFeed: parts[1], in: kind) != nil
            {
                self = .publicFile(path)
            } else {
                self = .unknown
            }
        } else if path.hasPrefix("/p/"), path.hasSuffix(".ics") {
            let token = path.dropFirst(3).dropLast(4)
            self = PublishedLayout.isToken(token.utf8) ? .privateFeed(token: token) : .unknown
        } else if Self.isPagePath(path) {
            self = .publicFile(path)
        } else {
            self = .unknown
        }
    }

    /// `/<kind>/<id>`: the shape of a public page's path.
    private static func isPagePath(_ path: Substring) -> Bool {
        let parts = path.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        return parts.count == 2 && PublishedKind(rawValue: String(parts[0])) != nil
            && PublishedLayout.isID(parts[1].utf8)
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
