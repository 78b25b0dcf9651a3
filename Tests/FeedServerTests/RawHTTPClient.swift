import Foundation

/// A deliberately dumb HTTP/1.1 client over a blocking socket.
///
/// It sends the request target byte for byte (no normalising of `..`, `%2f` or `\` as URL
/// libraries do) and reads until the server closes, so a test sees every byte the server
/// wrote: a stray body after HEAD or a 304 would show. Each request runs on its own thread
/// so that blocking calls never hold the concurrency pool the server runs on.
enum RawHTTPClient {
    static func send(
        port: Int,
        method: String = "GET",
        target: String,
        headers: [(String, String)] = []
    ) async throws -> RawHTTPResponse {
        var request = "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        for (name, value) in headers { request += "\(name): \(value)\r\n" }
        request += "\r\n"
        let bytes = Array(request.utf8)
        let received: [UInt8] = try await withCheckedThrowingContinuation { continuation in
            let thread = Thread {
                continuation.resume(with: Result { try exchange(bytes, port: port) })
            }
            thread.start()
        }
        return try RawHTTPResponse(parsing: received)
    }

    /// Sends `bytes` as they are (several requests, a broken one ...) and returns every byte
    /// the server wrote until it closed the connection.
    static func sendRaw(port: Int, _ text: String) async throws -> [UInt8] {
        let bytes = Array(text.utf8)
        return try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try exchange(bytes, port: port) }) }.start()
        }
    }

    private static func exchange(_ request: [UInt8], port: Int) throws -> [UInt8] {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw RawHTTPError.socket("socket", errno) }
        defer { close(fd) }
        var timeout = timeval(tv_sec: 20, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { throw RawHTTPError.socket("connect", errno) }
        var sent = 0
        while sent < request.count {
            let count = request.withUnsafeBytes {
                Glibc.send(fd, $0.baseAddress! + sent, $0.count - sent, Int32(MSG_NOSIGNAL))
            }
            guard count > 0 else { throw RawHTTPError.socket("send", errno) }
            sent += count
        }
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress!, $0.count, 0) }
            if count < 0 {
                if errno == EINTR { continue }
                throw RawHTTPError.socket("recv", errno)
            }
            if count == 0 { break }
            received += buffer[..<count]
        }
        return received
    }
}
