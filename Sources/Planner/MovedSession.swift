import Catalogue

/// A session of the last kept plan that the new plan moves, and why.
public struct MovedSession: Sendable, Equatable, CustomStringConvertible {
    public let circle: Circle.ID
    public let session: Int
    /// Local ISO times; `to` is nil when the session was cancelled.
    public let from: LocalTimestamp
    public let to: LocalTimestamp?
    public let reason: String

    public var description: String {
        "\(circle) session \(session): \(from) -> \(to.map(\.description) ?? "cancelled") (\(reason))"
    }
}
