extension FixedCircle {
    /// A session fixed in time (and optionally room): `{ session: 1, start: 2022-02-01T18:30, room: venue/room }`.
    public struct Pin: Hashable, Sendable {
        /// 1-based session number.
        public let session: Int
        public let date: LocalDate
        public let start: LocalTime
        public let room: Room.ID?
        public let location: SourceLocation

        public init(session: Int, date: LocalDate, start: LocalTime, room: Room.ID?, location: SourceLocation) {
            self.session = session
            self.date = date
            self.start = start
            self.room = room
            self.location = location
        }
    }
}
