/// A day on which a course may not meet, and why.
public struct BlockedDay: Hashable, Sendable, CustomStringConvertible {
    public let date: LocalDate
    public let reason: Reason

    public init(date: LocalDate, reason: Reason) {
        self.date = date
        self.reason = reason
    }

    /// Why a day is blocked.
    public enum Reason: Hashable, Sendable, CustomStringConvertible {
        /// A public holiday or eve, with its name ("midsommarafton").
        case holiday(String)
        /// A blackout of `plan.yaml`, with its reason ("Valdag").
        case blackout(String)

        /// The name to show: the holiday's name or the blackout's reason.
        public var name: String {
            switch self {
            case .holiday(let name), .blackout(let name): name
            }
        }

        public var description: String { name }
    }

    public var description: String { "\(date.iso) \(reason.name)" }
}
