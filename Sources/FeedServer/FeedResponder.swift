import HTTPTypes
import Hummingbird
import Logging
import NIOCore

/// Answers every request from the current snapshot: the whole HTTP surface of the server.
///
/// A plain `HTTPResponder` rather than a `Router`: the router decodes and normalises paths,
/// and here a path must match a snapshot key byte for byte or be a 404.
struct FeedResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let store: SnapshotStore
    /// `Cache-Control` of public feeds and the index page.
    let publicCacheControl: String
    /// `Cache-Control` of private feeds: a shared cache must never keep them.
    let privateCacheControl: String

    init(store: SnapshotStore, maxAge: Int) {
        self.store = store
        self.publicCacheControl = "public, max-age=\(maxAge)"
        self.privateCacheControl = "private, max-age=\(maxAge)"
    }

    func respond(to request: Request, context: Context) async throws -> Response {
        let rawPath = request.head.path ?? ""
        let path = rawPath.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        let route = FeedRoute(path: path)
        var response: Response
        if request.method != .get && request.method != .head {
            response = Self.methodNotAllowed()
        } else {
            let snapshot = store.snapshot
            let entry: FeedEntry? = switch route {
            case .publicFile(let key): snapshot.entry(publicPath: key)
            case .privateFeed(let token): snapshot.entry(token: token)
            case .unknown: nil
            }
            if let entry {
                response = respond(with: entry, to: request)
            } else {
                response = Self.notFound()
            }
        }
        if request.method == .head {
            // The fields GET would send, Content-Length included, and no body: for 404s too.
            response = response.createHeadResponse()
        }
        let label = route == .unknown && path.hasPrefix("/p/") ? "/p/<redacted>.ics" : route.logLabel
        context.logger.info("\(request.method.rawValue) \(label) \(response.status.code)", metadata: [
            "bytes": "\(response.body.contentLength ?? 0)",
        ])
        return response
    }

    private func respond(with entry: FeedEntry, to request: Request) -> Response {
        let useGzip = entry.gzipBody != nil
            && ConditionalRequest.acceptsGzip(request.headers[values: .acceptEncoding].joined(separator: ","))
        let body = useGzip ? entry.gzipBody! : entry.body
        let etag = useGzip ? entry.gzipETag : entry.etag

        var headers = HTTPFields()
        headers[.eTag] = etag
        headers[.lastModified] = entry.lastModifiedHeader
        headers[.cacheControl] = entry.isPrivate ? privateCacheControl : publicCacheControl
        headers[.vary] = "Accept-Encoding"

        if isNotModified(request, etag: etag, lastModified: entry.lastModified) {
            // A 304 carries the validators and caching fields and nothing that describes a
            // body: no Content-Length (Hummingbird would write 0 for the empty body, which
            // calendar clients then take as the length of the feed), no Content-Type.
            var response = Response(status: .notModified, headers: headers)
            response.headers[.contentLength] = nil
            return response
        }
        headers[.contentType] = entry.contentType
        headers[.xContentTypeOptions] = "nosniff"
        if useGzip { headers[.contentEncoding] = "gzip" }
        headers[.contentLength] = String(body.readableBytes)
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: body))
    }

    /// RFC 9110 section 13.2.2: `If-None-Match` decides when present, and
    /// `If-Modified-Since` counts only without it.
    private func isNotModified(_ request: Request, etag: String, lastModified: Int) -> Bool {
        let noneMatch = request.headers[values: .ifNoneMatch]
        if !noneMatch.isEmpty {
            return noneMatch.contains { ConditionalRequest.noneMatch($0, matches: etag) }
        }
        if let since = request.headers[.ifModifiedSince] {
            return ConditionalRequest.unmodified(since: since, lastModified: lastModified)
        }
        return false
    }

    private static let notFoundBody = ByteBuffer(string: "Not found.\n")
    private static let methodNotAllowedBody = ByteBuffer(string: "Only GET and HEAD are allowed.\n")

    /// One 404 for every miss, an unknown token as much as a mistyped path, so that a
    /// response never tells a stranger which tokens exist.
    static func notFound() -> Response {
        Response(status: .notFound, headers: [
            .contentType: "text/plain; charset=utf-8",
            .cacheControl: "no-store",
            .xContentTypeOptions: "nosniff",
        ], body: .init(byteBuffer: notFoundBody))
    }

    static func methodNotAllowed() -> Response {
        Response(status: .methodNotAllowed, headers: [
            .allow: "GET, HEAD",
            .contentType: "text/plain; charset=utf-8",
            .cacheControl: "no-store",
        ], body: .init(byteBuffer: methodNotAllowedBody))
    }
}
