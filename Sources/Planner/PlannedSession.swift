/// One meeting of a circle. Times are local ISO 8601 with the offset in force that day
/// (`2022-02-01T18:30:00+01:00`), so a reader needs no time-zone data to place it.
public struct PlannedSession: Codable, Sendable, Equatable {
    public var number: Int
    public var start: String
    public var end: String
    /// `venue/room`.
    public var room: String

    public init(number: Int, start: String, end: String, room: String) {
        self.number = number
        self.start = start
        self.end = end
        self.room = room
    }
}
