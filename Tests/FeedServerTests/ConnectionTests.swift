import Foundation
import Logging
import Testing

@testable import FeedServer

/// What the server does with the connection itself: keep-alive, pipelined requests answered
/// in order, HTTP/1.0, requests that do not parse; and the access log written in batches.
@Suite final class ConnectionTests: Sendable {
    let folder: PublishedFolder

    init() throws {
        folder = try PublishedFolder()
        try folder.publish(SampleFeeds.files(version: 1))
    }

    deinit { folder.remove() }

    /// The responses in `bytes`, split by their Content-Length (a 304 has none and no body;
    /// the answers to HEAD, at `heads`, have one and no body).
    static func responses(_ bytes: [UInt8], heads: Set<Int> = []) throws -> [RawHTTPResponse] {
        var rest = bytes[...]
        var responses: [RawHTTPResponse] = []
        let separator = Array("\r\n\r\n".utf8)
        while !rest.isEmpty {
            guard let end = rest.indices.dropLast(3).first(where: { rest[$0..<$0 + 4].elementsEqual(separator) }) else {
                throw RawHTTPError.malformed("no end of head")
            }
            let head = try RawHTTPResponse(parsing: Array(rest[..<(end + 4)]))
            let length = heads.contains(responses.count) ? 0 : head.header("content-length").flatMap { Int($0) } ?? 0
            responses.append(try RawHTTPResponse(parsing: Array(rest[..<(end + 4 + length)])))
            rest = rest[(end + 4 + length)...]
        }
        return responses
    }

    @Test func pipelinedRequestsOnOneConnectionAreAnsweredInOrder() async throws {
        let course = "/calendars/courses/feministisk-grundkurs.ics"
        try await TestServer.with(folder: folder.calendars) { port in
            let single = try await RawHTTPClient.send(port: port, target: course)
            let bytes = try await RawHTTPClient.sendRaw(
                port: port,
                """
                GET \(course) HTTP/1.1\r\nHost: x\r\n\r\n\
                HEAD /p/\(SampleFeeds.tokenA).ics HTTP/1.1\r\nHost: x\r\n\r\n\
                GET /nowhere HTTP/1.1\r\nHost: x\r\n\r\n\
                GET \(course) HTTP/1.1\r\nHost: x\r\nIf-None-Match: \(single.header("etag")!)\r\nConnection: close\r\n\r\n
                """
            )
            let responses = try Self.responses(bytes, heads: [1])
            #expect(responses.map(\.status) == [200, 200, 404, 304])
            #expect(responses[0].body == single.body)
            #expect(responses[0].header("connection") == nil)  // HTTP/1.1 keeps the connection by default
            #expect(responses[3].header("connection") == "close")
            #expect(responses.allSatisfy { $0.header("date") != nil })
        }
    }

    @Test func http10GetsItsAnswerAndTheConnectionClosed() async throws {
        try await TestServer.with(folder: folder.calendars) { port in
            let bytes = try await RawHTTPClient.sendRaw(port: port, "GET /index.html HTTP/1.0\r\n\r\n")
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(text.hasPrefix("HTTP/1.0 200 OK\r\n"))
            #expect(text.lowercased().contains("\r\nconnection: close\r\n"))
        }
    }

    @Test func aRequestThatDoesNotParseIsA400AndTheServerGoesOn() async throws {
        try await TestServer.with(folder: folder.calendars) { port in
            let bytes = try await RawHTTPClient.sendRaw(
                port: port,
                "GET /index.html HTTP/1.1\r\nHost x\r\nBroken\r\n\r\n"
            )
            #expect(String(decoding: bytes, as: UTF8.self).hasPrefix("HTTP/1.1 400"))
            let after = try await RawHTTPClient.send(port: port, target: "/index.html")
            #expect(after.status == 200)
        }
    }

    @Test func aConnectionThatSendsNothingIsClosedAfterTheIdleTimeout() async throws {
        try await TestServer.with(folder: folder.calendars, idleTimeout: .milliseconds(300)) { port in
            let started = Date()
            // Half a request line, then silence: the server must not keep the socket.
            let bytes = try await RawHTTPClient.sendRaw(port: port, "GET /index.html HT")
            let waited = Date().timeIntervalSince(started)
            #expect(bytes.isEmpty)
            // Well below the client's own 20 s read timeout, so a close by the server is told
            // from a socket that was never closed, with room for a machine under load.
            #expect(waited >= 0.25 && waited < 15)
            // A connection in use is not cut: a normal request still gets its answer.
            #expect(try await RawHTTPClient.send(port: port, target: "/index.html").status == 200)
        }
    }

    @Test func aServerOnItsOwnThreadAnswersAndStops() async throws {
        for _ in 1...2 {  // its event loop is shut down each time, so a second one starts clean
            try await TestServer.with(folder: folder.calendars, threads: 1) { port in
                let responses = try await [
                    RawHTTPClient.send(port: port, target: "/index.html"),
                    RawHTTPClient.send(port: port, target: "/p/\(SampleFeeds.tokenA).ics"),
                ]
                #expect(responses.map(\.status) == [200, 200])
            }
        }
        await #expect(throws: FeedServerError.invalidThreads(0)) {
            try await TestServer.with(folder: folder.calendars, threads: 0) { _ in }
        }
    }

    @Test func theAccessLogIsWrittenInBatchesAndFlushedOnDemand() throws {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        defer { close(ends[0]) }
        let sink = LogSink(descriptor: ends[1])
        var logger = Logger(label: "circles.serve") { label in BufferedLogHandler(label: label, sink: sink) }
        logger.logLevel = .info
        logger.info("GET /p/<redacted>.ics 200", metadata: ["bytes": "812"])
        logger.debug("not at info level")
        sink.flush()
        logger.warning("Keeping the feeds loaded before")  // warnings go out at once
        close(ends[1])
        var text = ""
        var buffer = [UInt8](repeating: 0, count: 4096)
        while case let count = read(ends[0], &buffer, buffer.count), count > 0 {
            text += String(decoding: buffer[..<count], as: UTF8.self)
        }
        let lines = text.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].hasSuffix(" info circles.serve: bytes=812 GET /p/<redacted>.ics 200"))
        #expect(lines[1].hasSuffix(" warning circles.serve: Keeping the feeds loaded before"))
        #expect(lines[0].wholeMatch(of: /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ .*/) != nil)
    }
}
