import Catalogue

/// Why a circle of the kept schedule gives no attendance list: the schedule and the
/// workspace no longer agree (the workspace was edited after planning), or the circle
/// is not in the schedule at all.
public enum AttendanceSheetError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No circle with this id in the schedule; `known` lists a few that are, to help spot a typo.
    case unknownCircle(Circle.ID, known: [Circle.ID])
    /// The circle's course is no longer in the catalogue.
    case unknownCourse(circle: Circle.ID, course: Course.ID)
    /// Someone of the circle is no longer in `people.csv`.
    case unknownPerson(circle: Circle.ID, person: Person.ID)

    public var description: String {
        switch self {
        case let .unknownCircle(circle, known):
            let hint =
                known.isEmpty
                ? "the kept plan has no circles"
                : "circles in the kept plan: " + known.prefix(8).map(\.rawValue).joined(separator: ", ")
                    + (known.count > 8 ? ", ..." : "")
            return "there is no circle \(circle) in the kept plan (\(hint))"
        case let .unknownCourse(circle, course):
            return
                "circle \(circle): its course \(course) is no longer in the catalogue; plan again with `circles plan`"
        case let .unknownPerson(circle, person):
            return "circle \(circle): \(person) is no longer in people.csv; plan again with `circles plan`"
        }
    }
}
