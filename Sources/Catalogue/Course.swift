/// A course of the catalogue (`catalogue/<course-id>.yaml`): what is taught, how
/// often and how long it meets, who may take it and who may lead it.
public struct Course: Hashable, Sendable, Identifiable {
    public typealias ID = Identifier<Course>

    public let id: ID
    public let title: String
    public let kind: Kind
    public let description: String?
    /// How the course is reported to ABF; nil if it is not reported.
    public let abf: ABFReporting?
    public let format: Format
    /// Number of sessions (meetings) of each circle, at least 1.
    public let sessions: Int
    /// Length of each session in minutes.
    public let length: Int
    public let cadence: Cadence
    /// Windows the sessions may take place in; never empty.
    public let windows: [TimeWindow.ID]
    /// Participants of one circle, the leader not counted.
    public let participants: ClosedRange<Int>
    /// Roles that may enrol.
    public let audience: [Person.Role]
    /// Qualification the leader must hold.
    public let leaderQualification: Qualification
    public let roomRequirement: RoomRequirement
    /// Terms the course runs in; never empty.
    public let terms: [Term.ID]
    /// The last session ends before this date.
    public let deadline: LocalDate?
    /// Courses a participant must have finished first.
    public let after: [Course.ID]
    public let tags: [String]
    /// The course file (line 1 or the line of `id`).
    public let location: SourceLocation

    public init(
        id: ID,
        title: String,
        kind: Kind,
        description: String?,
        abf: ABFReporting?,
        format: Format,
        sessions: Int,
        length: Int,
        cadence: Cadence,
        windows: [TimeWindow.ID],
        participants: ClosedRange<Int>,
        audience: [Person.Role],
        leaderQualification: Qualification,
        roomRequirement: RoomRequirement,
        terms: [Term.ID],
        deadline: LocalDate?,
        after: [Course.ID],
        tags: [String],
        location: SourceLocation
    ) {
        self.id = id
        self.title = title
        self.kind = kind
        self.description = description
        self.abf = abf
        self.format = format
        self.sessions = sessions
        self.length = length
        self.cadence = cadence
        self.windows = windows
        self.participants = participants
        self.audience = audience
        self.leaderQualification = leaderQualification
        self.roomRequirement = roomRequirement
        self.terms = terms
        self.deadline = deadline
        self.after = after
        self.tags = tags
        self.location = location
    }

    /// Study hours of one session: whole 45-minute units, the rest not counted.
    public var studyHoursPerSession: Int { ABFStudyCircleRules.studyHours(minutes: length) }

    /// Study hours of a circle that meets every session.
    public var studyHours: Int { sessions * studyHoursPerSession }

    /// Whether the course has `tag`.
    public func hasTag(_ tag: String) -> Bool { tags.contains(tag) }
}
