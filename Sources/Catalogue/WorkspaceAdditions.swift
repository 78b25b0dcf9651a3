import StableHash

/// What comes into a workspace from outside its files (the web's sign-ups, leavings and
/// erasures kept in State), in the workspace's own terms, each with a `SourceLocation` such as
/// `sign-up 12` so that validation names a bad one as it names a CSV line.
///
/// Catalogue knows nothing of State: the Signups target builds this from it, and
/// `Workspace.load(from:adding:)` merges it into the files and validates the whole again.
public struct WorkspaceAdditions: Sendable, Hashable {
    /// New people (not in people.csv), e.g. `w17` of sign-up 17.
    public var people: [Person]
    /// New requests; one the files (or an earlier addition) already hold is left out.
    public var enrolments: [Enrolment]
    /// Weekdays and other entries that never suit, added to a person's `unavailable`.
    public var unavailability: [Unavailability]
    /// Requests (and places in fixed circles) taken back.
    public var withdrawals: [Withdrawal]
    /// People who erased their data: none of their requests counts.
    public var erasures: [Erasure]
    /// What could not be turned into the workspace's terms (an unknown role ...), reported
    /// with the other problems.
    public var problems: [WorkspaceProblem]

    public init(
        people: [Person] = [],
        enrolments: [Enrolment] = [],
        unavailability: [Unavailability] = [],
        withdrawals: [Withdrawal] = [],
        erasures: [Erasure] = [],
        problems: [WorkspaceProblem] = []
    ) {
        self.people = people
        self.enrolments = enrolments
        self.unavailability = unavailability
        self.withdrawals = withdrawals
        self.erasures = erasures
        self.problems = problems
    }

    /// Nothing to add: the workspace is its files alone.
    public var isEmpty: Bool {
        people.isEmpty && enrolments.isEmpty && unavailability.isEmpty && withdrawals.isEmpty && erasures.isEmpty
            && problems.isEmpty
    }

    /// A hash of everything added, mixed into `Workspace.fingerprint`: a plan made before a
    /// sign-up was confirmed is as stale as one made before people.csv changed.
    var fingerprint: String {
        var hash = StableHash()
        func mix(_ fields: [String]) {
            for field in fields {
                hash.mix(field.utf8)
                hash.mix([0])
            }
            hash.mix([1])
        }
        for person in people {
            mix(
                [
                    "person", person.id.rawValue, person.name, person.association.rawValue,
                    person.roles.map(\.rawValue).joined(separator: ";"),
                    person.unavailable.map(\.description).joined(separator: ";"), person.born.map(String.init) ?? "",
                    person.gender?.rawValue ?? "", person.email ?? "", person.location.description,
                ]
            )
        }
        for enrolment in enrolments {
            mix(["enrolment", enrolment.person.rawValue, enrolment.course.rawValue, enrolment.location.description])
        }
        for entry in unavailability {
            mix(["unavailable", entry.person.rawValue] + entry.entries.map(\.description))
        }
        for withdrawal in withdrawals {
            mix([
                "withdrawal", withdrawal.person.rawValue, withdrawal.course.rawValue, withdrawal.circle?.rawValue ?? "",
            ])
        }
        for erasure in erasures { mix(["erasure", erasure.person.rawValue]) }
        for problem in problems { mix(["problem", problem.description]) }
        return hash.hex
    }
}
