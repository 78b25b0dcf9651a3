/// What a course's room must offer (`room` in a course file).
public struct RoomRequirement: Hashable, Sendable {
    /// Features every room used must have, sorted.
    public let features: [String]

    public init(features: [String]) { self.features = Array(Set(features)).sorted() }

    /// No requirement.
    public static let none = RoomRequirement(features: [])
}
