/// The value of an assigned event: which time option and which room option
/// (both indices into the event's own option lists).
public struct Value: Hashable, Sendable, Codable {
    /// Index into `Event.timeOptions`.
    public var time: Int
    /// Index into `Event.roomOptions`; `nil` when the event needs no room.
    public var room: Int?

    public init(time: Int, room: Int?) {
        self.time = time
        self.room = room
    }
}
