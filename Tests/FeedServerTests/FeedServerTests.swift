import Foundation
import Logging
import NIOConcurrencyHelpers
import Testing

@testable import FeedServer

/// The server over a real folder on a real loopback port, seen byte for byte from the socket.
@Suite final class FeedServerTests: Sendable {
    let folder: PublishedFolder

    init() throws {
        folder = try PublishedFolder()
        try folder.publish(SampleFeeds.files(version: 1))
        // A file outside the published folder, and a link to it from inside: never served.
        try "SECRET outside\n".write(toFile: folder.root + "/outside.ics", atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(
            atPath: folder.calendars + "/calendars/courses/outside.ics",
            withDestinationPath: folder.root + "/outside.ics"
        )
        try FileManager.default.createSymbolicLink(
            atPath: folder.calendars + "/calendars/courses/etc-passwd.ics",
            withDestinationPath: "/etc/passwd"
        )
    }

    deinit { folder.remove() }

    private var version1: [String: String] { SampleFeeds.files(version: 1) }

    @Test func publicFeedHasCalendarHeadersAndBody() async throws {
        try await TestServer.with(folder: folder.calendars) { port in
            let response = try await RawHTTPClient.send(
                port: port,
                target: "/calendars/courses/feministisk-grundkurs.ics"
            )
            #expect(response.status == 200)
            #expect(response.bodyText == version1["calendars/courses/feministisk-grundkurs.ics"])
            #expect(response.header("content-type") == "text/calendar; charset=utf-8")
            #expect(response.header("content-length") == String(response.body.count))
            #expect(response.header("cache-control") == "public, max-age=3600")
            #expect(response.header("vary") == "Accept-Encoding")
            #expect(response.header("content-encoding") == nil)
            let etag = try #require(response.header("etag"))
            #expect(etag.hasPrefix("\"") && etag.hasSuffix("\"") && !etag.hasPrefix("W/"))
            let lastModified = try #require(response.header("last-modified"))
            #expect(lastModified.hasSuffix(" GMT") && lastModified.count == 29)
        }
    }

    @Test(arguments: [
        ("/calendars/courses/feministisk-grundkurs.ics", "calendars/courses/feministisk-grundkurs.ics"),
        ("/calendars/circles/karlstad-1.ics", "calendars/circles/karlstad-1.ics"),
        ("/calendars/associations/karlstad.ics", "calendars/associations/karlstad.ics"),
        ("/calendars/venues/abf-karlstad.ics", "calendars/venues/abf-karlstad.ics"),
        ("/calendars/venues/abf-karlstad.ics?refresh=1", "calendars/venues/abf-karlstad.ics"),
    ])
    func everyPublicKindIsServed(target: String, file: String) async throws {
        try await TestServer.with(folder: folder.calendars) { port in
            let response = try await RawHTTPClient.send(port: port, target: target)
            #expect(response.status == 200)
            #expect(response.bodyText == version1[file])
        }
    }

    @Test func indexPageIsHTML() async throws {
        try await TestServer.with(folder: folder.calendars) { port in
            for target in ["/", "/index.html"] {
                let response = try await RawHTTPClient.send(port: port, target: target)
                #expect(response.status == 200)
                #expect(response.header("content-type") == "text/html; charset=utf-8")
                #expect(response.bodyText == version1["index.html"])
            }
        }
    }

    @Test func privateFeedByToken() async throws {
        try await TestServer.with(folder: folder.calendars) { port in
            for token in [SampleFeeds.tokenA, SampleFeeds.tokenB] {
                let response = try await RawHTTPClient.send(port: port, target: "/p/\(token).ics")
                #expect(response.status == 200)
                #expect(response.bodyText == version1["people/\(token).ics"])
                #expect(response.header("cache-control") == "no-store")
                #expect(response.header("x-robots-tag") == "noindex")
                #expect(response.header("content-type") == "text/calendar; charset=utf-8")
            }
        }
    }

    @Test func maxAgeIsConfigurable() async throws {
        try await TestServer.with(folder: folder.calendars, maxAge: 900) { port in
            let publicFeed = try await RawHTTPClient.send(port: port, target: "/calendars/circles/karlstad-1.ics")
            #expect(publicFeed.header("cache-control") == "public, max-age=900")
            let privateFeed = try await RawHTTPClient.send(port: port, target: "/p/\(SampleFeeds.tokenA).ics")
            #expect(privateFeed.header("cache-control") == "no-store")
        }
    }

    @Test func matchingETagGives304WithoutBody() async throws {
        try await TestServer.with(folder: folder.calendars) { port in
            for target in ["/calendars/courses/feministisk-grundkurs.ics", "/p/\(SampleFeeds.tokenA).ics", "/"] {
                let full = try await RawHTTPClient.send(port: port, target: target)
                let etag = try #require(full.header("etag"))
                for condition in [etag, "\"other\", \(etag)", "W/\(etag)", "*"] {
                    let response = try await RawHTTPClient.send(
                        port: port,
                        target: target,
                        headers: [("If-None-Match", condition)]
                    )
                    #expect(response.status == 304)
                    #expect(response.body.isEmpty)
                    #expect(response.header("etag") == etag)
                    #expect(response.header("content-length") == nil)
                    #expect(response.header("transfer-encoding") == nil)
                    #expect(response.header("vary") == "Accept-Encoding")
                    #expect(response.header("cache-control") == full.header("cache-control"))
                    #expect(response.header("last-modified") == full.header("last-modified"))
                }
                let stale = try await RawHTTPClient.send(
                    port: port,
                    target: target,
                    headers: [("If-None-Match", "\"0000\"")]
                )
                #expect(stale.status == 200)
                #expect(stale.body == full.body)
            }
        }
    }

    @Test func ifModifiedSinceGives304UntilContentChanges() async throws {
        try await TestServer.with(folder: folder.calendars) { port in
            let target = "/calendars/associations/karlstad.ics"
            let full = try await RawHTTPClient.send(port: port, target: target)
            let lastModified = try #require(full.header("last-modified"))
            let same = try await RawHTTPClient.send(
                port: port,
                target: target,
                headers: [("If-Modified-Since", lastModified)]
            )
            #expect(same.status == 304)
            #expect(same.body.isEmpty)
            #expect(same.header("etag") == full.header("etag"))
            #expect(same.header("content-length") == nil)

            let later = try await RawHTTPClient.send(
                port: port,
                target: target,
                headers: [("If-Modified-Since", "Fri, 01 Jan 2100 00:00:00 GMT")]
            )
            #expect(later.status == 304)
            let earlier = try await RawHTTPClient.send(
                port: port,
                target: target,
                headers: [("If-Modified-Since", "Thu, 01 Jan 1970 00:00:00 GMT")]
            )
            #expect(earlier.status == 200)
            #expect(earlier.body == full.body)
            let garbage = try await RawHTTPClient.send(
                port: port,
                target: target,
                headers: [("If-Modified-Since", "yesterday")]
            )
            #expect(garbage.status == 200)
            // If-None-Match decides when both are sent (RFC 9110 13.2.2).
            let both = try await RawHTTPClient.send(
                port: port,
                target: target,
                headers: [("If-None-Match", "\"0000\""), ("If-Modified-Since", lastModified)]
            )
            #expect(both.status == 200)
        }
    }

    @Test func headHasTheHeadersOfGetAndNoBody() async throws {
        try await TestServer.with(folder: folder.calendars) { port in
            for target in [
                "/calendars/courses/feministisk-grundkurs.ics", "/p/\(SampleFeeds.tokenB).ics", "/index.html",
                "/p/\(SampleFeeds.stranger).ics", "/calendars/../secret.ics",
            ] {
                for encoding in [[], [("Accept-Encoding", "gzip")]] {
                    let get = try await RawHTTPClient.send(port: port, target: target, headers: encoding)
                    let head = try await RawHTTPClient.send(
                        port: port,
                        method: "HEAD",
                        target: target,
                        headers: encoding
                    )
                    #expect(head.status == get.status)
                    #expect(head.body.isEmpty)
                    #expect(head.headerFieldsIgnoringDate == get.headerFieldsIgnoringDate)
                    #expect(head.header("content-length") == String(get.body.count))
                }
            }
        }
    }

    @Test func gzipOnlyWhenAsked() async throws {
        try await TestServer.with(folder: folder.calendars) { port in
            let target = "/calendars/courses/feministisk-grundkurs.ics"
            let plain = try await RawHTTPClient.send(port: port, target: target)
            #expect(plain.header("content-encoding") == nil)
            for refused in ["identity", "br", "gzip;q=0", "deflate, gzip;q=0"] {
                let response = try await RawHTTPClient.send(
                    port: port,
                    target: target,
                    headers: [("Accept-Encoding", refused)]
                )
                #expect(response.header("content-encoding") == nil, "Accept-Encoding: \(refused)")
                #expect(response.body == plain.body)
                #expect(response.header("vary") == "Accept-Encoding")
            }
            for accepted in ["gzip", "gzip, deflate, br", "br;q=1.0, gzip;q=0.5", "*", "x-gzip"] {
                let response = try await RawHTTPClient.send(
                    port: port,
                    target: target,
                    headers: [("Accept-Encoding", accepted)]
                )
                #expect(response.status == 200)
                #expect(response.header("content-encoding") == "gzip", "Accept-Encoding: \(accepted)")
                #expect(response.header("vary") == "Accept-Encoding")
                #expect(response.header("content-length") == String(response.body.count))
                #expect(response.body.count < plain.body.count)
                #expect(try gunzip(response.body) == plain.bodyText)
                // Different bytes, different strong validator.
                #expect(response.header("etag") != plain.header("etag"))
                let etag = try #require(response.header("etag"))
                let cached = try await RawHTTPClient.send(
                    port: port,
                    target: target,
                    headers: [("Accept-Encoding", accepted), ("If-None-Match", etag)]
                )
                #expect(cached.status == 304)
                #expect(cached.header("etag") == etag)
            }
        }
    }

    @Test func wrongAndNearMissTokensGetThePlain404() async throws {
        try await TestServer.with(folder: folder.calendars) { port in
            let reference = try await RawHTTPClient.send(port: port, target: "/calendars/courses/no-such-course.ics")
            #expect(reference.status == 404)
            for token in [
                SampleFeeds.nearMissA, SampleFeeds.stranger, String(SampleFeeds.tokenA.dropLast()),
                SampleFeeds.tokenA + "0",
            ] {
                let response = try await RawHTTPClient.send(port: port, target: "/p/\(token).ics")
                #expect(response.status == 404)
                #expect(response.body == reference.body)
                #expect(response.headerFieldsIgnoringDate == reference.headerFieldsIgnoringDate)
            }
        }
    }

    static let hostilePaths: [String] = [
        "/calendars/people/\(SampleFeeds.tokenA).ics",
        "/calendars/courses/../people/\(SampleFeeds.tokenA).ics",
        "/calendars/../people/\(SampleFeeds.tokenA).ics",
        "/calendars/%2e%2e/people/\(SampleFeeds.tokenA).ics",
        "/calendars/courses/%2e%2e%2fpeople%2f\(SampleFeeds.tokenA).ics",
        "/calendars/courses/..%2f..%2fsecret.ics",
        "/calendars/courses%2ffeministisk-grundkurs.ics",
        "/calendars/courses/feministisk-grundkurs.ics%00",
        "/calendars/courses/feministisk-grundkurs%00.ics",
        "/calendars/courses//feministisk-grundkurs.ics",
        "//calendars/courses/feministisk-grundkurs.ics",
        "/calendars//courses/feministisk-grundkurs.ics",
        "/calendars/courses/feministisk-grundkurs.ics/",
        "/calendars/courses/./feministisk-grundkurs.ics",
        "/calendars/./courses/feministisk-grundkurs.ics",
        "/calendars/courses\\feministisk-grundkurs.ics",
        "/calendars/courses/..\\..\\secret.ics",
        "/calendars/courses/%5c..%5csecret.ics",
        "/calendars/Courses/feministisk-grundkurs.ics",
        "/calendars/courses/Upper.ics",
        "/calendars/courses/feministisk-grundkurs.ICS",
        "/calendars/courses/feministisk-grundkurs",
        "/calendars/courses/",
        "/calendars/courses",
        "/calendars/",
        "/calendars",
        "/calendars/venues/notes.txt",
        "/calendars/venues/notes.ics",
        "/calendars/courses/sub/nested.ics",
        "/calendars/courses/outside.ics",
        "/calendars/courses/etc-passwd.ics",
        "/calendars/courses/-feministisk-grundkurs.ics",
        "/secret.ics",
        "/people/\(SampleFeeds.tokenA).ics",
        "/p/\(SampleFeeds.tokenA)",
        "/p/\(SampleFeeds.tokenA).ics/",
        "/p//\(SampleFeeds.tokenA).ics",
        "/p/../people/\(SampleFeeds.tokenA).ics",
        "/p/%33\(SampleFeeds.tokenA.dropFirst()).ics",
        "/p/\(SampleFeeds.tokenA.uppercased()).ics",
        "/p/\(SampleFeeds.tokenA).ics.ics",
        "/p/\(SampleFeeds.tokenA).ics%00",
        "/p/short.ics",
        "/p/\(String(repeating: "a", count: 65)).ics",
        "/index.html/",
        "/index.htm",
        "/../etc/passwd",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/calendars/courses/../../../../etc/passwd",
        "/calendars/courses/\(String(repeating: "a", count: 600)).ics",
        "/\(String(repeating: "../", count: 300))etc/passwd",
        "/.staging/index.html",
        // Pages: only /<kind>/<id>, never the file's own name or another spelling.
        "/courses/feministisk-grundkurs.html",
        "/courses/feministisk-grundkurs.ics",
        "/courses/feministisk-grundkurs/",
        "/courses//feministisk-grundkurs",
        "/Courses/feministisk-grundkurs",
        "/courses/Upper",
        "/courses/upper",
        "/courses/../style.css",
        "/style.css/",
        "/calendars/style.css",
    ]

    @Test(arguments: hostilePaths)
    func traversalAndMalformedPathsAre404(target: String) async throws {
        try await TestServer.with(folder: folder.calendars) { port in
            let reference = try await RawHTTPClient.send(port: port, target: "/calendars/courses/no-such-course.ics")
            let response = try await RawHTTPClient.send(port: port, target: target)
            #expect(response.status == 404)
            #expect(response.body == reference.body)
            #expect(!response.bodyText.contains("SECRET"))
            #expect(!response.bodyText.contains("root:"))
        }
    }

    @Test(arguments: ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"])
    func otherMethodsAre405(method: String) async throws {
        try await TestServer.with(folder: folder.calendars) { port in
            for target in ["/calendars/courses/feministisk-grundkurs.ics", "/p/\(SampleFeeds.tokenA).ics", "/nowhere"] {
                let response = try await RawHTTPClient.send(
                    port: port,
                    method: method,
                    target: target,
                    headers: [("Content-Length", "0")]
                )
                #expect(response.status == 405)
                #expect(response.header("allow") == "GET, HEAD")
                #expect(!response.bodyText.contains("BEGIN:VCALENDAR"))
            }
        }
    }

    @Test func logsNeverCarryTokens() async throws {
        let (logger, lines) = CapturingLogHandler.makeLogger()
        try await TestServer.with(folder: folder.calendars, logger: logger) { port in
            for token in [SampleFeeds.tokenA, SampleFeeds.tokenB, SampleFeeds.nearMissA, SampleFeeds.stranger] {
                _ = try await RawHTTPClient.send(port: port, target: "/p/\(token).ics")
                _ = try await RawHTTPClient.send(port: port, method: "HEAD", target: "/p/\(token).ics?x=\(token)")
                _ = try await RawHTTPClient.send(
                    port: port,
                    method: "POST",
                    target: "/p/\(token).ics",
                    headers: [("Content-Length", "0")]
                )
                _ = try await RawHTTPClient.send(port: port, target: "/p//\(token).ics")
                _ = try await RawHTTPClient.send(port: port, target: "/calendars/courses/../people/\(token).ics")
            }
            _ = try await RawHTTPClient.send(port: port, target: "/calendars/courses/feministisk-grundkurs.ics")
        }
        let log = lines.withLockedValue { $0 }.joined(separator: "\n")
        #expect(log.contains("/p/<redacted>.ics 200"))
        #expect(log.contains("GET /calendars/courses/feministisk-grundkurs.ics 200"))
        for token in [SampleFeeds.tokenA, SampleFeeds.tokenB, SampleFeeds.nearMissA, SampleFeeds.stranger] {
            #expect(!log.contains(token))
            #expect(!log.contains(String(token.prefix(16))))
        }
    }

    @Test func aMissingFolderStopsTheServerWithAClearMessage() async throws {
        let missing = folder.root + "/NotPublishedYet"
        await #expect(throws: FeedServerError.folderMissing(path: missing, errno: ENOENT)) {
            try await TestServer.with(folder: missing) { _ in }
        }
        #expect(
            FeedServerError.folderMissing(path: "Calendars", errno: ENOENT).description
                == "No published calendars at 'Calendars' (No such file or directory). Run `circles publish` first, or point --out at the folder it wrote."
        )
    }
}
