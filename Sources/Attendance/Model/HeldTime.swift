import Catalogue

/// When a meeting was really held, as its leader says: local start and end on the
/// session's planned date, and the minutes of break between.
public struct HeldTime: Sendable, Hashable, Codable {
    public var from: LocalTime
    public var to: LocalTime
    public var breakMinutes: Int

    public init(from: LocalTime, to: LocalTime, breakMinutes: Int) {
        self.from = from
        self.to = to
        self.breakMinutes = breakMinutes
    }

    /// From start to end, the break included (0 if `to` is not after `from`).
    public var minutes: Int { max(0, to.minutesSinceMidnight - from.minutesSinceMidnight) }

    /// Study hours as the study associations count them: the break deducted, whole
    /// 45-minute units, never rounded up.
    public var studyHours: Int { ABFStudyCircleRules.studyHours(minutes: minutes, breakMinutes: breakMinutes) }
}
