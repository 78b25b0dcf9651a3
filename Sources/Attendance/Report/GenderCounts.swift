import Catalogue

/// Participants by gender, as ABF's report asks (`unknown`: no gender in people.csv).
public struct GenderCounts: Sendable, Hashable, Codable {
    public var female = 0
    public var male = 0
    public var other = 0
    public var unknown = 0

    public init(female: Int = 0, male: Int = 0, other: Int = 0, unknown: Int = 0) {
        self.female = female
        self.male = male
        self.other = other
        self.unknown = unknown
    }

    mutating func add(_ gender: Person.Gender?) {
        switch gender {
        case .female: female += 1
        case .male: male += 1
        case .other: other += 1
        case nil: unknown += 1
        }
    }
}
