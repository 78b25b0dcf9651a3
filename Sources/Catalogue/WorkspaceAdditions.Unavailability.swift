extension WorkspaceAdditions {
    /// Entries added to a person's `unavailable` (a sign-up's weekdays that never suit).
    public struct Unavailability: Sendable, Hashable {
        public var person: Person.ID
        public var entries: [Person.Unavailability]
        /// Where they were said (`sign-up 12`).
        public var location: SourceLocation

        public init(person: Person.ID, entries: [Person.Unavailability], location: SourceLocation) {
            self.person = person
            self.entries = entries
            self.location = location
        }
    }
}
