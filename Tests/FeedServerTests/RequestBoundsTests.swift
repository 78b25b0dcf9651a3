import Foundation
import Testing

@testable import FeedServer

/// Point 8 of issue 15: a request with no or two Host headers was served (HTTP says 400),
/// and a client that trickles one byte at a time held its connection forever.
@Suite final class RequestBoundsTests: Sendable {
    let folder: PublishedFolder

    init() throws {
        folder = try PublishedFolder()
        try folder.publish(SampleFeeds.files(version: 1))
    }

    deinit { folder.remove() }

    @Test(arguments: [
        "GET /index.html HTTP/1.1\r\nConnection: close\r\n\r\n",
        "GET /index.html HTTP/1.1\r\nHost: a.example\r\nHost: b.example\r\nConnection: close\r\n\r\n",
    ])
    func noneOrTwoHostHeadersGet400(_ request: String) async throws {
        try await TestServer.with(folder: folder.calendars) { port in
            let bytes = try await RawHTTPClient.sendRaw(port: port, request)
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(text.hasPrefix("HTTP/1.1 400 Bad Request\r\n"), "\(text)")
            #expect(text.hasSuffix("\r\n\r\nBad request: exactly one Host header is required.\n"))
        }
    }

    @Test func oneHostHeaderIsServed() async throws {
        try await TestServer.with(folder: folder.calendars) { port in
            let status = try await RawHTTPClient.send(port: port, target: "/index.html").status
            #expect(status == 200)
        }
    }

    /// Sends `text` one byte every `interval` seconds; returns the seconds until the server
    /// closed the connection (nil if all was sent and it was still open).
    static func trickle(port: Int, _ text: String, every interval: Double) async -> Double? {
        await withCheckedContinuation { continuation in
            Thread {
                let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
                defer { close(fd) }
                var address = sockaddr_in()
                address.sin_family = sa_family_t(AF_INET)
                address.sin_port = in_port_t(UInt16(port).bigEndian)
                address.sin_addr.s_addr = inet_addr("127.0.0.1")
                _ = withUnsafePointer(to: &address) {
                    $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                        connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                    }
                }
                let started = Date()
                for byte in Array(text.utf8) {
                    var one = byte
                    if send(fd, &one, 1, Int32(MSG_NOSIGNAL)) != 1 {
                        return continuation.resume(returning: Date().timeIntervalSince(started))
                    }
                    usleep(UInt32(interval * 1_000_000))
                    var probe: UInt8 = 0
                    if recv(fd, &probe, 1, Int32(MSG_DONTWAIT)) == 0 {
                        return continuation.resume(returning: Date().timeIntervalSince(started))
                    }
                }
                continuation.resume(returning: nil)
            }.start()
        }
    }

    @Test func aClientTricklingOneByteAtATimeIsClosedAfterTheTimeout() async throws {
        try await TestServer.with(folder: folder.calendars, idleTimeout: .milliseconds(300)) { port in
            // 200 bytes at 50 ms: over 10 s if it were let in, each byte well within the idle
            // timeout. (The bound below is loose: this machine is shared and the other suites
            // run at the same time.)
            let request =
                "GET /index.html HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: \(String(repeating: "z", count: 157))\r\n\r\n"
            let closedAfter = await Self.trickle(port: port, request, every: 0.05)
            print("a trickling client was closed after \(closedAfter.map { String(format: "%.2f", $0) } ?? "never") s")
            let seconds = try #require(closedAfter)
            #expect(seconds >= 0.25 && seconds < 8)
            // Keep-alive requests that arrive whole are still answered one after the other.
            let bytes = try await RawHTTPClient.sendRaw(
                port: port,
                "GET /index.html HTTP/1.1\r\nHost: x\r\n\r\nGET /index.html HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
            )
            #expect(try ConnectionTests.responses(bytes).map(\.status) == [200, 200])
        }
    }
}
