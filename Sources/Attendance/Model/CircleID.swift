/// A circle's id (`fem-karlstad-var22`), as `circles.yaml` and the schedule name it.
public struct CircleID: RawRepresentable, Sendable, Hashable, Comparable, Codable,
    ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }
    public static func < (a: CircleID, b: CircleID) -> Bool { a.rawValue < b.rawValue }
}
