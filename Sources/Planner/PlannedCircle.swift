/// A circle in the schedule: who meets, where, and its sessions in order.
public struct PlannedCircle: Codable, Sendable, Equatable {
    public var id: String
    public var course: String
    public var term: String
    /// Absent when no qualified leader could be found (the circle is then unplaced).
    public var leader: String?
    public var participants: [String]
    public var venue: String?
    public var sessions: [PlannedSession]

    public init(
        id: String, course: String, term: String, leader: String?, participants: [String],
        venue: String?, sessions: [PlannedSession]
    ) {
        self.id = id
        self.course = course
        self.term = term
        self.leader = leader
        self.participants = participants
        self.venue = venue
        self.sessions = sessions
    }
}
