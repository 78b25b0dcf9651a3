import Foundation

/// A form as browsers send it: `application/x-www-form-urlencoded` in UTF-8.
///
/// Parsed strictly: a malformed percent escape or bytes that are not UTF-8 make the whole
/// form unreadable (a 400), never a field quietly changed.
struct FormBody: Sendable {
    /// The fields in the order sent; a name may repeat (`never=mon&never=tue`).
    let fields: [(name: String, value: String)]

    enum Problem: Error, Equatable {
        /// Not `application/x-www-form-urlencoded` (multipart, JSON ...): 415.
        case unsupportedType
        /// Not decodable: 400.
        case malformed
    }

    /// Whether `contentType` is a form in UTF-8 (a charset other than UTF-8 is refused).
    static func accepts(contentType: String?) -> Bool {
        guard let contentType else { return false }
        let parts = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard parts.first == "application/x-www-form-urlencoded" else { return false }
        for parameter in parts.dropFirst() where parameter.hasPrefix("charset=") {
            let charset = parameter.dropFirst("charset=".count).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            if charset != "utf-8" { return false }
        }
        return true
    }

    init(fields: [(name: String, value: String)]) {
        self.fields = fields
    }

    init(_ body: [UInt8]) throws(Problem) {
        var fields: [(name: String, value: String)] = []
        for pair in body.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            let equals = pair.firstIndex(of: UInt8(ascii: "="))
            let name = try Self.decode(equals.map { pair[..<$0] } ?? pair[...])
            let value = try Self.decode(equals.map { pair[pair.index(after: $0)...] } ?? [])
            fields.append((name, value))
        }
        self.fields = fields
    }

    /// The first value of `name`, or nil.
    func value(_ name: String) -> String? { fields.first { $0.name == name }?.value }

    /// Every value of `name`, in order.
    func values(_ name: String) -> [String] { fields.filter { $0.name == name }.map(\.value) }

    private static func decode(_ bytes: ArraySlice<UInt8>) throws(Problem) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "+") {
                out.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%") {
                guard bytes.distance(from: index, to: bytes.endIndex) >= 3,
                    let high = hex(bytes[index + 1]), let low = hex(bytes[index + 2])
                else { throw .malformed }
                out.append(high << 4 | low)
                index += 2
            } else {
                out.append(byte)
            }
            index += 1
        }
        guard let text = String(validating: out, as: UTF8.self) else { throw .malformed }
        return text
    }

    private static func hex(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
