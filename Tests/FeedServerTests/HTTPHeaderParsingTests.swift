import Testing

@testable import FeedServer

/// The small parsers behind 304 and gzip decisions.
@Suite struct HTTPHeaderParsingTests {
    @Test func formatsAndParsesIMFFixdate() {
        #expect(HTTPDate.format(784_111_777) == "Sun, 06 Nov 1994 08:49:37 GMT")
        #expect(HTTPDate.parse("Sun, 06 Nov 1994 08:49:37 GMT") == 784_111_777)
        #expect(HTTPDate.format(0) == "Thu, 01 Jan 1970 00:00:00 GMT")
        for seconds in [0, 951_782_400, 1_648_339_200, 1_700_000_000, 4_102_444_799] {
            #expect(HTTPDate.parse(HTTPDate.format(seconds)) == seconds)
        }
    }

    @Test(arguments: [
        "", "yesterday", "Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994",
        "Sun, 06 Nov 1994 08:49:37 UTC", "Sun, 32 Nov 1994 08:49:37 GMT", "Sun, 06 Foo 1994 08:49:37 GMT",
        "Sun, 06 Nov 1994 25:49:37 GMT", "Sun, 06 Nov 19x4 08:49:37 GMT",
    ])
    func rejectsOtherDateForms(text: String) {
        #expect(HTTPDate.parse(text) == nil)
    }

    @Test(arguments: [
        ("gzip", true), ("GZIP", true), ("x-gzip", true), ("deflate, gzip", true), ("gzip;q=0.001", true),
        ("*", true), ("br, *;q=0.1", true), ("gzip; q=1.0", true),
        ("", false), ("identity", false), ("br", false), ("gzip;q=0", false), ("*;q=0", false),
        ("*, gzip;q=0", false), ("gzipped", false),
    ])
    func acceptEncoding(header: String, gzip: Bool) {
        #expect(ConditionalRequest.acceptsGzip(header) == gzip)
    }

    @Test func ifNoneMatchUsesWeakComparison() {
        #expect(ConditionalRequest.noneMatch("\"abc\"", matches: "\"abc\""))
        #expect(ConditionalRequest.noneMatch("W/\"abc\"", matches: "\"abc\""))
        #expect(ConditionalRequest.noneMatch("\"x\",  \"abc\" ", matches: "\"abc\""))
        #expect(ConditionalRequest.noneMatch("*", matches: "\"abc\""))
        #expect(!ConditionalRequest.noneMatch("\"abcd\"", matches: "\"abc\""))
        #expect(!ConditionalRequest.noneMatch("abc", matches: "\"abc\""))
        #expect(!ConditionalRequest.noneMatch("", matches: "\"abc\""))
    }

    @Test(arguments: [
        ("/calendars/courses/a.ics", FeedRoute.publicFile("/calendars/courses/a.ics")),
        ("/p/\(SampleFeeds.tokenA).ics", FeedRoute.privateFeed(token: SampleFeeds.tokenA[...])),
        ("/calendars/people/\(SampleFeeds.tokenA).ics", FeedRoute.unknown),
        ("/calendars/courses/a.ics/", FeedRoute.unknown),
    ])
    func routes(path: String, route: FeedRoute) {
        #expect(FeedRoute(path: path[...]) == route)
    }
}
