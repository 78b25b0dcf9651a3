/// Something to place: its candidate times, candidate rooms and the resources
/// (people, groups) it always occupies.
///
/// Unary hard restrictions are expressed by leaving options out. Time and room
/// are two dimensions so the search can pick a free room for a chosen time
/// instead of enumerating the product.
public struct Event: Hashable, Sendable {
    /// Candidate times; at least one.
    public var timeOptions: [TimeOption]
    /// Candidate rooms; empty when the event needs no room.
    public var roomOptions: [RoomOption]
    /// Resources the event occupies whatever its value (distinct indices).
    public var resources: [Int]
    /// A fixed value the search never changes (a published or hand-set placement).
    public var pinned: Value?

    public init(timeOptions: [TimeOption], roomOptions: [RoomOption] = [], resources: [Int] = [], pinned: Value? = nil)
    {
        self.timeOptions = timeOptions
        self.roomOptions = roomOptions
        self.resources = resources
        self.pinned = pinned
    }
}
