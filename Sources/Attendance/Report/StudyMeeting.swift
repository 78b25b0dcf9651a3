import Catalogue

/// A session that was held: dated on or before the report's date, with at least one participant present.
public struct StudyMeeting: Sendable, Hashable, Codable {
    public let session: Int
    public let date: LocalDate
    public let studyHours: Int
    /// Participants ticked present (the leader not included).
    public let present: [Person.ID]

    /// People present with the leader counted, as the "at least 3" rule counts them.
    public var presentWithLeader: Int { present.count + 1 }
}
