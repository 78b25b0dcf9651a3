import Foundation
import Testing

@testable import FeedServer

/// Pages and the stylesheet from the snapshot, and the spec's headers on every response.
@Suite final class PagesServingTests: Sendable {
    let folder: PublishedFolder
    let files = SampleFeeds.files(version: 1)

    init() throws {
        folder = try PublishedFolder()
        try folder.publish(files)
    }

    deinit { folder.remove() }

    static let csp = "default-src 'self'; frame-ancestors 'none'; form-action 'self'"

    @Test func pagesAndTheStylesheetAreServedWithTheirTypes() async throws {
        try await TestServer.with(folder: folder.calendars) { port in
            let page = try await RawHTTPClient.send(port: port, target: "/courses/feministisk-grundkurs")
            #expect(page.status == 200)
            #expect(page.header("content-type") == "text/html; charset=utf-8")
            #expect(page.bodyText == files["courses/feministisk-grundkurs.html"])
            #expect(page.header("cache-control") == "public, max-age=3600")
            let style = try await RawHTTPClient.send(port: port, target: "/style.css")
            #expect(style.status == 200)
            #expect(style.header("content-type") == "text/css; charset=utf-8")
            #expect(style.bodyText == files["style.css"])
        }
    }

    @Test func everyResponseCarriesTheSecurityHeaders() async throws {
        try await TestServer.with(folder: folder.calendars) { port in
            let targets = [
                "/", "/index.html", "/style.css", "/courses/feministisk-grundkurs",
                "/calendars/courses/feministisk-grundkurs.ics", "/p/\(SampleFeeds.tokenA).ics",
                "/nowhere", "/p/\(SampleFeeds.stranger).ics",
            ]
            for target in targets {
                let response = try await RawHTTPClient.send(port: port, target: target)
                #expect(response.header("content-security-policy") == Self.csp, "\(target)")
                #expect(response.header("referrer-policy") == "no-referrer", "\(target)")
                #expect(response.header("x-content-type-options") == "nosniff", "\(target)")
                let etag = response.header("etag")
                if let etag {
                    let again = try await RawHTTPClient.send(
                        port: port,
                        target: target,
                        headers: [("If-None-Match", etag)]
                    )
                    #expect(again.status == 304)
                    #expect(again.header("content-security-policy") == Self.csp, "304 of \(target)")
                }
            }
            let post = try await RawHTTPClient.send(
                port: port,
                method: "POST",
                target: "/",
                headers: [("Content-Length", "0")]
            )
            #expect(post.status == 405)
            #expect(post.header("content-security-policy") == Self.csp)
        }
    }

    @Test func privateFeedsAreNoStoreAndNoindexPublicOnesNot() async throws {
        try await TestServer.with(folder: folder.calendars) { port in
            let mine = try await RawHTTPClient.send(port: port, target: "/p/\(SampleFeeds.tokenA).ics")
            #expect(mine.header("cache-control") == "no-store")
            #expect(mine.header("x-robots-tag") == "noindex")
            let etag = try #require(mine.header("etag"))
            let again = try await RawHTTPClient.send(
                port: port,
                target: "/p/\(SampleFeeds.tokenA).ics",
                headers: [("If-None-Match", etag)]
            )
            #expect(again.status == 304)
            #expect(again.header("cache-control") == "no-store")
            #expect(again.header("x-robots-tag") == "noindex")
            let page = try await RawHTTPClient.send(port: port, target: "/courses/feministisk-grundkurs")
            #expect(page.header("x-robots-tag") == nil)
        }
    }
}
