/// A planning term (`plan.yaml` `terms`): the dates a course's sessions may fall in.
public struct Term: Hashable, Sendable, Identifiable {
    public typealias ID = Identifier<Term>

    public let id: ID
    /// Display name, e.g. "Våren 2022".
    public let name: String
    /// First and last day (inclusive).
    public let dates: DateRange
    public let location: SourceLocation

    public init(id: ID, name: String, dates: DateRange, location: SourceLocation) {
        self.id = id
        self.name = name
        self.dates = dates
        self.location = location
    }

    public var from: LocalDate { dates.from }
    public var to: LocalDate { dates.to }

    public func contains(_ date: LocalDate) -> Bool { dates.contains(date) }
}
