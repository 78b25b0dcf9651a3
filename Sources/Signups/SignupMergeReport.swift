/// What `circles signups merge` wrote: ids and numbers only (the CLI prints it).
public struct SignupMergeReport: Sendable, Hashable, CustomStringConvertible {
    /// New people written into people.csv.
    public var people: [String] = []
    /// How many rows were written into enrolments.csv.
    public var enrolments = 0
    /// The sign-ups now marked merged.
    public var signups: [Int] = []
    /// Weekdays a people.csv person said never suit, left for the organiser to add to their
    /// `unavailable` (their row is kept byte for byte): `p0002: mon, tue (sign-up 12)`.
    public var unavailableToAdd: [String] = []

    public init() {}

    public var description: String {
        var lines = [
            "merged \(signups.count) sign-ups: \(people.count) new people in people.csv, \(enrolments) new rows in enrolments.csv"
        ]
        for note in unavailableToAdd {
            lines.append(
                "note: never suits \(note); add it to their unavailable column in people.csv if it still holds"
            )
        }
        return lines.joined(separator: "\n")
    }
}
