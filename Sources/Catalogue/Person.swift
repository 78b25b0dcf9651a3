/// A person (a row of `people.csv`): member, trainer, chair... Personal data:
/// it never leaves the workspace, State and private outputs.
public struct Person: Hashable, Sendable, Identifiable {
    public typealias ID = Identifier<Person>

    public let id: ID
    public let name: String
    public let association: Association.ID
    /// Sorted, without repeats, never empty.
    public let roles: [Role]
    /// Sorted, without repeats.
    public let qualifications: [Qualification]
    /// When the person cannot take part or lead.
    public let unavailable: [Unavailability]
    /// Year of birth (ABF reporting).
    public let born: Int?
    public let gender: Gender?
    public let email: String?
    /// The row in `people.csv`.
    public let location: SourceLocation

    public init(
        id: ID,
        name: String,
        association: Association.ID,
        roles: [Role],
        qualifications: [Qualification],
        unavailable: [Unavailability],
        born: Int?,
        gender: Gender?,
        email: String?,
        location: SourceLocation
    ) {
        self.id = id
        self.name = name
        self.association = association
        self.roles = Array(Set(roles)).sorted()
        self.qualifications = Array(Set(qualifications)).sorted()
        self.unavailable = unavailable
        self.born = born
        self.gender = gender
        self.email = email
        self.location = location
    }

    public func has(_ role: Role) -> Bool { roles.contains(role) }

    public func holds(_ qualification: Qualification) -> Bool { qualifications.contains(qualification) }

    /// Whether the person is unavailable for the whole of `date`.
    public func isUnavailable(allDay date: LocalDate) -> Bool {
        unavailable.contains { $0.blocksAllDay(date) }
    }

    /// Whether the person can attend from `start` to `end` on `date`.
    public func isAvailable(on date: LocalDate, from start: LocalTime, to end: LocalTime) -> Bool {
        !unavailable.contains { $0.blocks(date, from: start, to: end) }
    }
}
