/// A session the planner could not place, with the concrete facts that blocked it.
public struct UnplacedSession: Codable, Sendable, Equatable {
    public var circle: String
    public var session: Int
    public var reasons: [String]

    public init(circle: String, session: Int, reasons: [String]) {
        self.circle = circle
        self.session = session
        self.reasons = reasons
    }
}
