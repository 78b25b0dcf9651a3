/// Why a circle is unplaced, in the one way that tells the organiser what to do:
/// a circle that cannot meet at all needs one of its own constraints changed (a
/// leader, a room, a window); one that is crowded out needs time or room made by
/// other circles. Decided by trying the circle alone in an empty plan.
public enum UnplacedKind: String, Codable, Sendable, Equatable {
    /// Not even alone in an empty plan: a constraint of its own rules out every time.
    case cannotMeet = "cannot-meet"
    /// It could meet alone, but placed circles hold every time and room it could have.
    case crowdedOut = "crowded-out"

    /// How the plan's summary and `circles explain` say it.
    public var phrase: String {
        switch self {
        case .cannotMeet: "cannot meet at all"
        case .crowdedOut: "crowded out"
        }
    }
}
