import Catalogue

/// One tick (or its absence) on a list: was this person at this session?
///
/// What State stores and the report reads; an import yields one record per
/// participant row and session column, so "absent" is recorded explicitly.
public struct AttendanceRecord: Sendable, Hashable, Codable {
    public var circle: Circle.ID
    public var session: Int
    public var person: Person.ID
    public var present: Bool
    /// Took part digitally (the leader's "distance" mark); never set for someone absent.
    public var distance: Bool

    public init(circle: Circle.ID, session: Int, person: Person.ID, present: Bool, distance: Bool = false) {
        self.circle = circle
        self.session = session
        self.person = person
        self.present = present
        self.distance = distance
    }
}
