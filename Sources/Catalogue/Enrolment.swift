/// A person asks for a course (a row of `enrolments.csv`).
public struct Enrolment: Hashable, Sendable {
    public let person: Person.ID
    public let course: Course.ID
    /// The row in `enrolments.csv`.
    public let location: SourceLocation

    public init(person: Person.ID, course: Course.ID, location: SourceLocation) {
        self.person = person
        self.course = course
        self.location = location
    }
}
