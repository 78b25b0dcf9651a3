import Crypto
import NIOCore
import NIOHTTP1

/// One servable file of a snapshot, with everything a response needs computed at load.
///
/// Both representations (identity and gzip) are kept, with their own strong ETag: RFC 9110
/// says two different byte sequences must not share a strong validator, so the gzip one
/// carries a `-gzip` suffix. The body is a `ByteBuffer`, so every response shares the same
/// storage instead of copying it.
struct FeedEntry: Sendable {
    /// The file's bytes as published.
    let body: ByteBuffer
    /// The gzip bytes, or nil when compressing would not make the file smaller.
    let gzipBody: ByteBuffer?
    /// Strong ETag of `body`, quoted: `"<first 128 bits of SHA-256 in hex>"`.
    let etag: String
    /// Strong ETag of `gzipBody`, quoted.
    let gzipETag: String
    /// Seconds since 1970 of the last change of the content (not of the last publish).
    let lastModified: Int
    /// `lastModified` as an HTTP date, formatted once.
    let lastModifiedHeader: String
    /// `text/calendar; charset=utf-8`, `text/html; charset=utf-8` or `text/css; charset=utf-8`.
    let contentType: String
    /// Private feeds are never stored by any cache (`no-store`) nor indexed.
    let isPrivate: Bool
    /// The fields of a 200 with `body` and of a 304 for it, made once at load; a response
    /// adds `Cache-Control`, `Date` and `Connection`.
    let fields: Fields
    /// The same for `gzipBody`.
    let gzipFields: Fields?

    struct Fields: Sendable {
        let ok: HTTPHeaders
        let notModified: HTTPHeaders
    }

    init(
        bytes: [UInt8],
        modified: Int,
        contentType: String,
        isPrivate: Bool,
        previous: FeedEntry?
    ) throws(FeedServerError) {
        let digest = SHA256.hash(data: bytes)
        let hex = digest.prefix(16).map { byte in
            let text = String(byte, radix: 16)
            return byte < 16 ? "0" + text : text
        }.joined()
        let etag = "\"\(hex)\""
        self.etag = etag
        self.gzipETag = "\"\(hex)-gzip\""
        self.contentType = contentType
        self.isPrivate = isPrivate
        self.body = ByteBuffer(bytes: bytes)
        if let previous, previous.etag == etag {
            // Same content as in the snapshot before: every publish rewrites every file, so the
            // file's mtime is the time of the publish, not of the change. Keeping the earlier
            // date lets `If-Modified-Since` clients keep their copy, and skips compressing again.
            self.lastModified = previous.lastModified
            self.gzipBody = previous.gzipBody
        } else {
            self.lastModified = modified
            let compressed = try Gzip.compress(bytes)
            self.gzipBody = compressed.count < bytes.count ? ByteBuffer(bytes: compressed) : nil
        }
        self.lastModifiedHeader = HTTPDate.format(self.lastModified)
        fields = Self.fields(
            etag: etag,
            lastModified: lastModifiedHeader,
            contentType: contentType,
            body: body,
            gzip: false
        )
        let lastModifiedHeader = self.lastModifiedHeader
        let gzipETag = self.gzipETag
        gzipFields = gzipBody.map {
            Self.fields(
                etag: gzipETag,
                lastModified: lastModifiedHeader,
                contentType: contentType,
                body: $0,
                gzip: true
            )
        }
    }

    private static func fields(
        etag: String,
        lastModified: String,
        contentType: String,
        body: ByteBuffer,
        gzip: Bool
    ) -> Fields {
        // A 304 carries the validators and caching fields and nothing that describes a body:
        // no Content-Length (calendar clients take a 0 there as the length of the feed), no
        // Content-Type.
        let validators = [("ETag", etag), ("Last-Modified", lastModified), ("Vary", "Accept-Encoding")]
        var ok = validators + [("Content-Type", contentType)] + SecurityHeaders.common
        if gzip { ok.append(("Content-Encoding", "gzip")) }
        ok.append(("Content-Length", String(body.readableBytes)))
        return Fields(ok: HTTPHeaders(ok), notModified: HTTPHeaders(validators + SecurityHeaders.common))
    }
}
