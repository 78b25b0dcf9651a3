import Catalogue

/// A circle about to be scheduled: who is in it, who leads it and where it may meet.
/// Circle formation makes these from the enrolments and `circles.yaml`; the solver
/// then only has to find times and rooms.
struct FormedCircle: Sendable {
    let id: Circle.ID
    let course: Course
    /// Terms the circle may run in: a fixed circle's own term, else the course's terms.
    let terms: [Term]
    var participants: [Person.ID]
    var leader: Person.ID?
    /// Venues every participant can reach, nearest to the group first. Empty for a
    /// digital course, which meets in the online venue.
    let venues: [Venue.ID]
    /// The hand-fixed circle this comes from, if any.
    let fixed: FixedCircle?
    /// The association most participants belong to: its circles should not all meet
    /// on the same evening.
    let homeAssociation: Association.ID?

    /// Everyone who must be free when the circle meets.
    var attendees: [Person.ID] { participants + (leader.map { [$0] } ?? []) }
}
