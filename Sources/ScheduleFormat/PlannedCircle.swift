/// A circle in the schedule: who meets, where, and its sessions in order.
import Catalogue

public struct PlannedCircle: Codable, Sendable, Equatable {
    public var id: Circle.ID
    public var course: Course.ID
    public var term: Term.ID
    /// Absent when no qualified leader could be found (the circle is then unplaced).
    public var leader: Person.ID?
    public var participants: [Person.ID]
    public var venue: Venue.ID?
    /// Hybrid circles only (absent for others): the participants who take part online because
    /// their association is beyond `travel.max_km` of the venue. Their private feed carries
    /// the online link, their line on the attendance list a distance mark.
    public var remote: [Person.ID]?
    public var sessions: [PlannedSession]

    public init(
        id: Circle.ID,
        course: Course.ID,
        term: Term.ID,
        leader: Person.ID?,
        participants: [Person.ID],
        venue: Venue.ID?,
        sessions: [PlannedSession],
        remote: [Person.ID]? = nil
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
