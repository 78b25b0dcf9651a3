import NIOCore
import NIOHTTP1

/// What the server answers to one request: the whole HTTP surface, as a function of the
/// request line, its headers and the current snapshot. No I/O, no suspension: the channel
/// handler calls it on the event loop that read the request.
struct FeedResponder: Sendable {
    /// One answer: the handler adds `Date` and `Connection`, and leaves the body out for HEAD
    /// (keeping the `Content-Length` GET would have).
    struct Reply {
        var status: HTTPResponseStatus
        var headers: HTTPHeaders
        var body: ByteBuffer?
        /// How the access log names the request: never a token.
        var logLabel: String
    }

    let store: SnapshotStore
    /// `Cache-Control` of public feeds and pages.
    let publicCacheControl: String
    /// `Cache-Control` of private feeds: no cache may keep them (spec: private responses
    /// `no-store`). Calendar clients still save a round trip with `If-None-Match`.
    let privateCacheControl = "no-store"

    init(store: SnapshotStore, maxAge: Int) {
        self.store = store
        self.publicCacheControl = "public, max-age=\(maxAge)"
    }

    func respond(method: HTTPMethod, uri: String, headers: HTTPHeaders) -> Reply {
        let path = uri.utf8.firstIndex(of: UInt8(ascii: "?")).map { uri[..<$0] } ?? uri[...]
        let snapshot = store.snapshot
        // A public path is served only if it is, byte for byte, a key of the snapshot, which
        // holds nothing but the published files: no parsing needed to serve it.
        if method == .GET || method == .HEAD, let entry = snapshot.entry(publicPath: path) {
            return respond(with: entry, headers: headers, label: String(path))
        }
        let route = FeedRoute(path: path)
        let label = route == .unknown && path.hasPrefix("/p/") ? "/p/<redacted>.ics" : route.logLabel
        guard method == .GET || method == .HEAD else { return Self.methodNotAllowed(label) }
        guard case .privateFeed(let token) = route, let entry = snapshot.entry(token: token) else {
            return Self.notFound(label)
        }
        return respond(with: entry, headers: headers, label: label)
    }

    /// The private feed published under `token` (already resolved through State).
    func respondPrivate(token: String, headers: HTTPHeaders, label: String) -> Reply {
        guard let entry = store.snapshot.entry(token: token[...]) else { return Self.notFound(label) }
        return respond(with: entry, headers: headers, label: label)
    }

    /// Longest body read for the pages that act.
    static let maximumFormBody = 16 * 1024

    /// A short plain-text answer that is never cached, with the headers every response has.
    static func plain(
        _ status: HTTPResponseStatus,
        _ text: String,
        label: String,
        extra: [(String, String)] = []
    ) -> Reply {
        plain(status, body: ByteBuffer(string: text), label: label, extra: extra)
    }

    /// `plain` with a body made once (the misses every server sees many of).
    static func plain(
        _ status: HTTPResponseStatus,
        body: ByteBuffer,
        label: String,
        extra: [(String, String)] = []
    ) -> Reply {
        Reply(
            status: status,
            headers: HTTPHeaders(
                [
                    ("Content-Type", "text/plain; charset=utf-8"),
                    ("Cache-Control", "no-store"),
                    ("Content-Length", String(body.readableBytes)),
                ] + extra + SecurityHeaders.common
            ),
            body: body,
            logLabel: label
        )
    }

    /// 429 with `Retry-After`.
    static func tooManyRequests(retryAfter: Int, label: String) -> Reply {
        plain(
            .tooManyRequests,
            "Too many requests from your address; try again in a while.\n",
            label: label,
            extra: [("Retry-After", String(max(1, retryAfter)))]
        )
    }

    /// An answer of the pages that act, with the headers every response carries; private
    /// by default (`no-store`, `noindex`) unless it says otherwise.
    static func reply(_ response: ActingResponse) -> Reply {
        if response.isPlainNotFound { return notFound(response.logLabel) }
        var headers = HTTPHeaders(response.headers.map { ($0.name, $0.value) })
        if !headers.contains(name: "Cache-Control") { headers.add(name: "Cache-Control", value: "no-store") }
        if !headers.contains(name: "X-Robots-Tag") { headers.add(contentsOf: SecurityHeaders.privateOnly) }
        headers.add(contentsOf: SecurityHeaders.common)
        headers.replaceOrAdd(name: "Content-Length", value: String(response.body.count))
        return Reply(
            status: HTTPResponseStatus(statusCode: response.status),
            headers: headers,
            body: ByteBuffer(bytes: response.body),
            logLabel: response.logLabel
        )
    }

    private func respond(with entry: FeedEntry, headers request: HTTPHeaders, label: String) -> Reply {
        let useGzip =
            entry.gzipFields != nil && request.contains(name: "Accept-Encoding")
            && ConditionalRequest.acceptsGzip(request["Accept-Encoding"].joined(separator: ","))
        let fields = useGzip ? entry.gzipFields! : entry.fields
        let etag = useGzip ? entry.gzipETag : entry.etag
        let cacheControl = entry.isPrivate ? privateCacheControl : publicCacheControl
        if isNotModified(request, etag: etag, lastModified: entry.lastModified) {
            var headers = fields.notModified
            headers.add(name: "Cache-Control", value: cacheControl)
            if entry.isPrivate { headers.add(contentsOf: SecurityHeaders.privateOnly) }
            return Reply(status: .notModified, headers: headers, body: nil, logLabel: label)
        }
        var headers = fields.ok
        headers.add(name: "Cache-Control", value: cacheControl)
        if entry.isPrivate { headers.add(contentsOf: SecurityHeaders.privateOnly) }
        return Reply(status: .ok, headers: headers, body: useGzip ? entry.gzipBody! : entry.body, logLabel: label)
    }

    /// RFC 9110 section 13.2.2: `If-None-Match` decides when present, and
    /// `If-Modified-Since` counts only without it.
    private func isNotModified(_ request: HTTPHeaders, etag: String, lastModified: Int) -> Bool {
        let noneMatch = request["If-None-Match"]
        if !noneMatch.isEmpty {
            return noneMatch.contains { ConditionalRequest.noneMatch($0, matches: etag) }
        }
        if let since = request.first(name: "If-Modified-Since") {
            return ConditionalRequest.unmodified(since: since, lastModified: lastModified)
        }
        return false
    }

    private static let notFoundBody = ByteBuffer(string: "Not found.\n")
    private static let methodNotAllowedBody = ByteBuffer(string: "Only GET and HEAD are allowed.\n")

    /// One 404 for every miss, an unknown token as much as a mistyped path, so that a
    /// response never tells a stranger which tokens exist.
    static func notFound(_ label: String) -> Reply {
        plain(.notFound, body: notFoundBody, label: label)
    }

    static func methodNotAllowed(_ label: String) -> Reply {
        plain(.methodNotAllowed, body: methodNotAllowedBody, label: label, extra: [("Allow", "GET, HEAD")])
    }
}
