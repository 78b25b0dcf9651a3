/// A person's id from `people.csv` (`p0002`): the key a ticked list is read back by,
/// because names are neither unique nor stable.
public struct PersonID: RawRepresentable, Sendable, Hashable, Comparable, Codable,
    ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }
    public static func < (a: PersonID, b: PersonID) -> Bool { a.rawValue < b.rawValue }
}
