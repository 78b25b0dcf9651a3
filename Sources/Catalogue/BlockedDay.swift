/// A day on which a course may not meet, and why.
public struct BlockedDay: Hashable, Sendable, CustomStringConvertible {
    public let date: LocalDate
    public let reason: Reason

    public init(date: LocalDate, reason: Reason) {
        self.date = date
        self.reason = reason
    }

    public var description: String { "\(date.iso) \(reason.name)" }
}
