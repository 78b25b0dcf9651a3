extension Course {
    /// Where the sessions take place (`format`).
    public enum Format: String, CaseIterable, Hashable, Sendable, Codable {
        /// In a room of a physical venue, within travel distance of everyone.
        case inPerson = "in-person"
        /// In a room of an online venue.
        case digital
        /// In a physical room, with some joining online.
        case hybrid
    }
}
