import Catalogue

/// A session the planner could not place, with the concrete facts that blocked it.
public struct UnplacedSession: Codable, Sendable, Equatable {
    public var circle: Circle.ID
    public var session: Int
    public var reasons: [String]
    /// Whether the circle cannot meet at all or is crowded out. Optional only so that
    /// schedules kept before the key existed still read; the planner always writes it.
    public var kind: UnplacedKind?

    public init(circle: Circle.ID, session: Int, reasons: [String], kind: UnplacedKind? = nil) {
        self.circle = circle
        self.session = session
        self.reasons = reasons
        self.kind = kind
    }
}
