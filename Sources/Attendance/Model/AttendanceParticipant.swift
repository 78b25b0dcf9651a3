import Catalogue

/// A participant as the list shows them: one row to tick.
///
/// Birth year and gender are optional in `people.csv`; ABF's report counts those
/// missing as "unknown" rather than guessing.
public struct AttendanceParticipant: Sendable, Hashable, Codable, Identifiable {
    public var id: Person.ID
    public var name: String
    /// The local association's name (`Vänsterpartiet Karlstad`).
    public var association: String
    public var birthYear: Int?
    public var gender: Person.Gender?
    /// A hybrid circle's participant who takes part online (the schedule's `remote`): the
    /// list marks them, as ABF counts distance participants apart.
    public var remote: Bool

    public init(
        id: Person.ID,
        name: String,
        association: String,
        birthYear: Int? = nil,
        gender: Person.Gender? = nil,
        remote: Bool = false
    ) {
        self.id = id
        self.name = name
        self.association = association
        self.birthYear = birthYear
        self.gender = gender
        self.remote = remote
    }
}
