import Catalogue

/// Why an attendance command has nothing to work from, in words for the organiser.
public enum AttendanceContextError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The workspace was never planned.
    case noPlan(workspace: String)
    /// `--term` names no term of plan.yaml; `known` are those it has.
    case unknownTerm(Term.ID, known: [Term.ID])

    public var description: String {
        switch self {
        case let .noPlan(workspace):
            "\(workspace): there is no plan yet; run `circles plan \(workspace)` first"
        case let .unknownTerm(term, known):
            "there is no term \(term) in plan.yaml (terms: \(known.map(\.rawValue).joined(separator: ", ")))"
        }
    }
}
