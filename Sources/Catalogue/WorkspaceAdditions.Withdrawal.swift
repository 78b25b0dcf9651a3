extension WorkspaceAdditions {
    /// A person takes back their request for `course` (they left `circle` on their page): the
    /// enrolment is dropped, and so is their place in `circle` if circles.yaml fixes it.
    public struct Withdrawal: Sendable, Hashable {
        public var person: Person.ID
        public var course: Course.ID
        public var circle: Circle.ID?
        public var location: SourceLocation

        public init(person: Person.ID, course: Course.ID, circle: Circle.ID?, location: SourceLocation) {
            self.person = person
            self.course = course
            self.circle = circle
            self.location = location
        }
    }
}
