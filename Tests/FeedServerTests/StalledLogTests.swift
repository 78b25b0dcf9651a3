import Foundation
import Logging
import Testing

@testable import FeedServer

/// Probe 2 of issue 15: a server whose standard error nobody reads kept answering for about
/// 80 KB of access log, then froze. The log now waits in a bounded buffer and is dropped,
/// counted, when it is full.
@Suite final class StalledLogTests: Sendable {
    let folder: PublishedFolder

    init() throws {
        folder = try PublishedFolder()
        try folder.publish(SampleFeeds.files(version: 1))
    }

    deinit { folder.remove() }

    @Test func aServerWhoseLogIsNeverReadAnswersTenThousandRequests() async throws {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        defer {
            close(ends[0])
            close(ends[1])
        }
        // Nobody reads ends[0]: the pipe fills after 64 KB and every write to it then blocks.
        let sink = LogSink(descriptor: ends[1], capacity: 32 * 1024)
        var logger = Logger(label: "circles.serve") { label in BufferedLogHandler(label: label, sink: sink) }
        logger.logLevel = .info
        let connections = 10
        let perConnection = 1000
        let started = Date()
        let statuses = try await TestServer.with(folder: folder.calendars, logger: logger) { port in
            try await withThrowingTaskGroup(of: [Int].self) { group in
                for _ in 0..<connections {
                    group.addTask {
                        var text = ""
                        for index in 0..<perConnection {
                            let last = index == perConnection - 1 ? "Connection: close\r\n" : ""
                            text += "GET /index.html HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\(last)\r\n"
                        }
                        let bytes = try await RawHTTPClient.sendRaw(port: port, text)
                        return try ConnectionTests.responses(bytes).map(\.status)
                    }
                }
                var all: [Int] = []
                for try await statuses in group { all += statuses }
                return all
            }
        }
        print(
            "10,000 requests with a stalled log: \(String(format: "%.1f", Date().timeIntervalSince(started))) s, \(sink.droppedLines) lines dropped"
        )
        #expect(statuses.count == connections * perConnection)
        #expect(statuses.allSatisfy { $0 == 200 })
        #expect(sink.droppedLines > 0)
        // Flushing a stalled log gives up after its timeout instead of hanging the exit.
        let flushing = Date()
        sink.flush(timeout: 0.2)
        #expect(Date().timeIntervalSince(flushing) < 2)
    }
}
