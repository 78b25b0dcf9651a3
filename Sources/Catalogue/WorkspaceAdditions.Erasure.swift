extension WorkspaceAdditions {
    /// A person erased their data: none of their requests counts, they leave every fixed
    /// circle's participants, and a people.csv row of theirs is reported for the organiser
    /// to remove.
    public struct Erasure: Sendable, Hashable {
        public var person: Person.ID
        public var location: SourceLocation

        public init(person: Person.ID, location: SourceLocation) {
            self.person = person
            self.location = location
        }
    }
}
