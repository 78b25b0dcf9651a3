import CirclesTesting
import Foundation
import Testing

/// `circles serve` run as a user would: the binary on a published workspace, a request over
/// loopback, then SIGTERM: it stops cleanly and its access log (written in batches) is all
/// there, with no token in it.
@Suite("circles serve")
struct ServeCommandTests {
    @Test func servesThePublishedFeedsAndStopsCleanlyOnSIGTERM() throws {
        let folder = try ValidateCommandTests.parentFolder(of: WorkspaceFixture())
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try ProcessRunner.circles(["publish", "--today", "2022-01-01"], in: folder).status == 0)
        let token = try #require(
            try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("Calendars/people").path)
                .first { $0.hasSuffix(".ics") }
        ).replacingOccurrences(of: ".ics", with: "")

        let server = try ProcessRunner.startCircles(["serve", "--port", "0", "--threads", "1"], in: folder)
        defer { server.terminate() }

        // The port it bound, from its "address=... Serving calendars" line.
        let serving = /127\.0\.0\.1:(\d+) Serving calendars/
        let started = server.standardError(within: 30) { $0.firstMatch(of: serving) != nil }
        let port = try #require(started.firstMatch(of: serving).flatMap { Int($0.1) }, "no port in: \(started)")
        #expect(try Self.get("/index.html", port: port).hasPrefix("HTTP/1.1 200 OK\r\n"))
        #expect(try Self.get("/p/\(token).ics", port: port).contains("BEGIN:VCALENDAR"))

        server.terminate()
        let stopped = server.wait()
        let log = stopped.standardError
        #expect(!stopped.killedBySignal && stopped.status == 0)
        #expect(log.contains("GET /index.html 200"))
        #expect(log.contains("GET /p/<redacted>.ics 200"))
        #expect(!log.contains(token))
    }

    /// One GET over a plain socket, read to the end (the request asks to close).
    static func get(_ target: String, port: Int) throws -> String {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        try #require(connected == 0)
        let request = Array("GET \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".utf8)
        _ = request.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while case let count = recv(fd, &buffer, buffer.count, 0), count > 0 { received += buffer[..<count] }
        return String(decoding: received, as: UTF8.self)
    }
}
