/// An enrolment that is in no circle, and why: nobody is dropped silently.
public struct UnassignedRequest: Codable, Sendable, Equatable {
    public var person: String
    public var course: String
    public var reason: String

    public init(person: String, course: String, reason: String) {
        self.person = person
        self.course = course
        self.reason = reason
    }
}
