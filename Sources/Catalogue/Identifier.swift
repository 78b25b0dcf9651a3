/// A typed identifier: the id of one kind of thing in the workspace.
///
/// `Owner` is a phantom type, so a `Course.ID` can never be passed where a
/// `Person.ID` is expected although both are strings in the files.
/// Ids compare by their text, which gives every list a stable order.
public struct Identifier<Owner>: RawRepresentable, Hashable, Comparable, Sendable,
    ExpressibleByStringLiteral, CustomStringConvertible, Codable
{
    /// The id as it is written in the workspace files.
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// The longest id: ids name files and URLs (`circles/<id>.ics`) and go into messages, and
    /// one of 200 characters was once accepted, linked and never served.
    public static var maxLength: Int { 64 }

    /// Whether `text` is a well-formed id: lower-case ASCII letters, digits and `-`,
    /// not empty, not starting with `-` (the spec's rule for ids) and at most `maxLength`
    /// characters.
    public static func isWellFormed(_ text: String) -> Bool {
        guard text.utf8.count <= maxLength, let first = text.utf8.first, first != UInt8(ascii: "-") else {
            return false
        }
        return text.utf8.allSatisfy { byte in
            (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                || byte == UInt8(ascii: "-")
        }
    }

    /// Why `text` is not a well-formed id, for a validation message.
    public static func problem(with text: String) -> String {
        let count = text.utf8.count
        if count > maxLength {
            return "'\(text)' is not a valid id: at most \(maxLength) characters (this one has \(count))"
        }
        return "'\(text)' is not a valid id: use lower-case letters a-z, digits and '-'"
    }
}
