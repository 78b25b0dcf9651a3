extension Course {
    /// How far apart the sessions of a circle are (`cadence`).
    public enum Cadence: String, CaseIterable, Hashable, Sendable, Codable {
        case weekly
        case biweekly
        case monthly
        /// Consecutive days.
        case days

        /// Allowed days between two consecutive sessions (the spec's hard rule).
        public var daysApart: ClosedRange<Int> {
            switch self {
            case .weekly: 5...9
            case .biweekly: 12...16
            case .monthly: 25...35
            case .days: 1...1
            }
        }
    }
}
