/// A circle in the schedule: who meets, where, and its sessions in order.
public struct PlannedCircle: Codable, Sendable, Equatable {
    public var id: String
    public var course: String
    public var term: String
    /// Absent when no qualified leader could be found (the circle is then unplaced).
    public var leader: String?
    public var participants: [String]
    public var venue: String?
    /// Hybrid circles only (absent for others): the participants who take part online because
    /// their association is beyond `travel.max_km` of the venue. Their private feed carries
    /// the online link, their line on the attendance list a distance mark.
    public var remote: [String]?
    public var sessions: [PlannedSession]

    public init(
        id: String,
        course: String,
        term: String,
        leader: String?,
        participants: [String],
        venue: String?,
        sessions: [PlannedSession],
        remote: [String]? = nil
    ) {
        self.id = id
        self.course = course
        self.term = term
        self.leader = leader
        self.participants = participants
        self.venue = venue
        self.remote = remote
        self.sessions = sessions
    }
}
