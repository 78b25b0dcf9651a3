/// Where a meeting stands against "now" on the leader's list.
public enum MeetingTiming: String, Sendable, Hashable, CaseIterable {
    /// Planned on an earlier day.
    case past
    /// Planned today: the one the leader is most likely ticking.
    case current
    /// Planned on a later day.
    case upcoming
}
