/// A circle fixed by hand in `circles.yaml`: the planner keeps what it says
/// and fills in the rest (venue, leader, participants, times).
public struct FixedCircle: Hashable, Sendable, Identifiable {
    public typealias ID = Circle.ID

    public let id: ID
    public let course: Course.ID
    public let term: Term.ID
    public let venue: Venue.ID?
    public let leader: Person.ID?
    /// nil: formed from the enrolments.
    public let participants: [Person.ID]?
    /// Sessions already published and fixed, by session number.
    public let pins: [Pin]
    /// The `- id:` entry in `circles.yaml`.
    public let location: SourceLocation

    public init(
        id: ID,
        course: Course.ID,
        term: Term.ID,
        venue: Venue.ID?,
        leader: Person.ID?,
        participants: [Person.ID]?,
        pins: [Pin],
        location: SourceLocation
    ) {
        self.id = id
        self.course = course
        self.term = term
        self.venue = venue
        self.leader = leader
        self.participants = participants
        self.pins = pins
        self.location = location
    }
}
