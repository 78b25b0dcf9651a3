import Catalogue

/// An enrolment that is in no circle, and why: nobody is dropped silently.
public struct UnassignedRequest: Codable, Sendable, Equatable {
    public var person: Person.ID
    public var course: Course.ID
    public var reason: String

    public init(person: Person.ID, course: Course.ID, reason: String) {
        self.person = person
        self.course = course
        self.reason = reason
    }
}
