import Catalogue

/// Why an attendance command has nothing to work from, in words for the organiser.
public enum AttendanceContextError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The workspace was never planned.
    case noPlan(workspace: String)
    /// `--term` names no term of plan.yaml; `known` are those it has.
    case unknownTerm(Term.ID, known: [Term.ID])
    /// No circle of the plan (of `term`, when given) has sessions to list.
    case noPlannedCircles(term: Term.ID?)

    public var description: String {
        switch self {
        case let .noPlan(workspace):
            "\(workspace): there is no plan yet; run `circles plan \(workspace)` first"
        case let .unknownTerm(term, known):
            "there is no term \(term) in plan.yaml (terms: \(known.map(\.rawValue).joined(separator: ", ")))"
        case let .noPlannedCircles(term):
            "there are no planned circles\(term.map { " in term \($0)" } ?? "") to make lists for"
        }
    }
}
