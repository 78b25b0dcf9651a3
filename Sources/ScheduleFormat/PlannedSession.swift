import Catalogue

/// One meeting of a circle. Times are local ISO 8601 with the offset in force that day
/// (`2022-02-01T18:30:00+01:00`), so a reader needs no time-zone data to place it.
public struct PlannedSession: Codable, Sendable, Equatable {
    public var number: Int
    public var start: LocalTimestamp
    public var end: LocalTimestamp
    /// `venue/room`.
    public var room: Room.ID

    public init(number: Int, start: LocalTimestamp, end: LocalTimestamp, room: Room.ID) {
        self.number = number
        self.start = start
        self.end = end
        self.room = room
    }
}
