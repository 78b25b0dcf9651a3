/// The request headers that decide between 200 and 304, and whether gzip may be sent.
///
/// Parsed leniently: a header we cannot read is treated as absent, which only ever costs a
/// full 200 response, never a wrong 304.
enum ConditionalRequest {
    /// RFC 9110 section 13.1.2: `*`, or any listed tag equal to `etag` by weak comparison
    /// (a `W/` prefix is ignored), e.g. `"abc", W/"def"`.
    static func noneMatch(_ header: String, matches etag: String) -> Bool {
        // What calendar clients send: exactly the tag they were given.
        if header == etag { return true }
        let space = UInt8(ascii: " ")
        let tab = UInt8(ascii: "\t")
        for item in header.utf8.split(separator: UInt8(ascii: ",")) {
            var tag = item.drop { $0 == space || $0 == tab }
            while let last = tag.last, last == space || last == tab { tag = tag.dropLast() }
            if tag.elementsEqual("*".utf8) { return true }
            if tag.starts(with: "W/".utf8) { tag = tag.dropFirst(2) }
            if tag.elementsEqual(etag.utf8) { return true }
        }
        return false
    }

    /// Whether the representation is unchanged since the client's `If-Modified-Since` date.
    static func unmodified(since header: String, lastModified: Int) -> Bool {
        guard let since = HTTPDate.parse(header.trimmingSpaces) else { return false }
        return lastModified <= since
    }

    /// Whether `Accept-Encoding` lets us answer with gzip: `gzip` or `x-gzip` with a
    /// non-zero q, or `*` with a non-zero q when gzip is not named.
    static func acceptsGzip(_ header: String) -> Bool {
        var gzipQuality: Double?
        var anyQuality: Double?
        for item in header.split(separator: ",") {
            let parameters = item.split(separator: ";")
            guard let first = parameters.first else { continue }
            let coding = first.trimmingSpaces.lowercased()
            var quality = 1.0
            for parameter in parameters.dropFirst() {
                let pair = parameter.trimmingSpaces
                if pair.lowercased().hasPrefix("q=") { quality = Double(pair.dropFirst(2)) ?? 0 }
            }
            switch coding {
            case "gzip", "x-gzip": gzipQuality = max(gzipQuality ?? 0, quality)
            case "*": anyQuality = quality
            default: break
            }
        }
        return (gzipQuality ?? anyQuality ?? 0) > 0
    }
}
