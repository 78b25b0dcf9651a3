/// The pages that act (sign-up, confirmation, the personal page, the leader's list): what
/// they do lives outside this target; the server reads their requests (bodies at most
/// `maximumBody` bytes), runs them off the event loops and writes their answers.
///
/// ```swift
/// let server = FeedServer(configuration: .init(folder: "Calendars"), pages: WebFront(...))
/// ```
public protocol ActingPages: Sendable {
    /// Whether these pages answer `path` (raw: not decoded, no query). Called on an event
    /// loop for every request, public files and feeds included: no I/O, and quick to say no.
    /// None of these paths is ever a published file's (`PublishedLayout`).
    func answers(path: Substring) -> Bool

    /// The answer to one request. Runs on a thread of NIO's blocking pool, so it may wait
    /// on State.
    func respond(to request: ActingRequest) -> ActingResponse

    /// For `/p/<token>.ics`: the token the person's private files were published under, or
    /// the plain 404 (no one holds `token` now), or 429. `peer` is the connection's address,
    /// `forwardedFor` the request's `X-Forwarded-For`. Runs on the blocking pool.
    func publishedToken(forRequestToken token: String, peer: String, forwardedFor: String?) -> PrivateFeedLookup
}

/// What a private feed request resolves to.
public enum PrivateFeedLookup: Sendable {
    /// Serve the feed published under this token.
    case published(token: String)
    /// The plain 404.
    case notFound
    /// Too many misses from this client: 429 with `Retry-After`.
    case limited(retryAfter: Int)
}

/// One request to the pages that act, with its body read whole.
public struct ActingRequest: Sendable {
    /// `GET`, `HEAD`, `POST` ...
    public var method: String
    /// The raw path, without the query.
    public var path: String
    /// The raw query after `?`, or empty.
    public var query: String
    /// Header fields as received, in order (names as sent).
    public var headers: [(name: String, value: String)]
    /// The body; empty for GET.
    public var body: [UInt8]
    /// The peer's IP address (`127.0.0.1` behind a proxy on the same machine).
    public var peer: String
    /// The published folder as the server holds it now.
    public var published: FeedSnapshot

    public init(
        method: String,
        path: String,
        query: String = "",
        headers: [(name: String, value: String)] = [],
        body: [UInt8] = [],
        peer: String = "127.0.0.1",
        published: FeedSnapshot
    ) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
        self.peer = peer
        self.published = published
    }

    /// The first value of a header field (names compared without case).
    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }
}

/// One answer of the pages that act; the server adds `Date`, `Connection`, `Content-Length`
/// and the security headers every response carries.
public struct ActingResponse: Sendable {
    public var status: Int
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]
    /// How the access log names the request: never a token, a code or a form field.
    public var logLabel: String

    public init(status: Int, headers: [(name: String, value: String)], body: [UInt8], logLabel: String) {
        self.status = status
        self.headers = headers
        self.body = body
        self.logLabel = logLabel
    }

    /// The same 404 as every other miss of the server, byte for byte: a wrong token looks
    /// like any missing page.
    public static func notFound(logLabel: String) -> ActingResponse {
        ActingResponse(status: 404, headers: [], body: [], logLabel: logLabel)
    }

    /// Whether this is the plain 404 the server writes itself.
    var isPlainNotFound: Bool { status == 404 && body.isEmpty && headers.isEmpty }
}

extension ActingPages {
    /// Longest form body read; more is a 413 (spec: forms at most 16 KB).
    public static var maximumBody: Int { 16 * 1024 }
}
