/// An HTTP/1.1 response exactly as it came off the socket, head and body apart.
struct RawHTTPResponse: Sendable {
    let status: Int
    /// Field names lower-cased, in the order received.
    let headers: [(name: String, value: String)]
    /// Every byte after the head, up to the server closing the connection.
    let body: [UInt8]

    func header(_ name: String) -> String? {
        headers.first { $0.name == name.lowercased() }?.value
    }

    var bodyText: String { String(decoding: body, as: UTF8.self) }

    /// The fields a client caches by, without the ones that change per response.
    var headerFieldsIgnoringDate: [String] {
        headers.filter { $0.name != "date" }.map { "\($0.name): \($0.value)" }
    }

    init(parsing bytes: [UInt8]) throws {
        let separator: [UInt8] = Array("\r\n\r\n".utf8)
        guard let end = bytes.indices.dropLast(3).first(where: { bytes[$0..<$0 + 4].elementsEqual(separator) }) else {
            throw RawHTTPError.malformed("no end of head in \(bytes.count) bytes")
        }
        let head = String(decoding: bytes[..<end], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = head[0].split(separator: " ")
        guard statusParts.count >= 2, statusParts[0] == "HTTP/1.1", let status = Int(statusParts[1]) else {
            throw RawHTTPError.malformed("status line \(head[0])")
        }
        self.status = status
        self.headers = head.dropFirst().map { line in
            let colon = line.firstIndex(of: ":") ?? line.endIndex
            let value = line[colon...].dropFirst().drop { $0 == " " }
            return (String(line[..<colon]).lowercased(), String(value))
        }
        self.body = Array(bytes[(end + 4)...])
    }
}

enum RawHTTPError: Error {
    case malformed(String)
    case socket(String, Int32)
}
