/// A room of a venue. Its id is qualified, `venue/room` (`abf-karlstad/stora`),
/// because room ids are only unique within their venue.
public struct Room: Hashable, Sendable, Identifiable {
    public typealias ID = Identifier<Room>

    public let id: ID
    public let venue: Venue.ID
    /// The id within the venue, as written in `venues.yaml` (`stora`).
    public let localID: String
    public let name: String
    /// How many people fit, the leader included.
    public let capacity: Int
    /// Sorted, e.g. `["accessible", "projector"]`.
    public let features: [String]
    /// Copied from the venue: online rooms need no travel and never clash.
    public let isOnline: Bool

    public init(venue: Venue.ID, localID: String, name: String, capacity: Int, features: [String], isOnline: Bool) {
        self.id = Room.qualifiedID(venue: venue, room: localID)
        self.venue = venue
        self.localID = localID
        self.name = name
        self.capacity = capacity
        self.features = Array(Set(features)).sorted()
        self.isOnline = isOnline
    }

    /// `venue/room`.
    public static func qualifiedID(venue: Venue.ID, room: String) -> ID { ID("\(venue.rawValue)/\(room)") }

    /// Whether the room has every feature in `required`.
    public func hasFeatures(_ required: [String]) -> Bool { required.allSatisfy(features.contains) }
}
