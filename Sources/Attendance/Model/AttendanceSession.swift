import Catalogue

/// One planned meeting of a circle, as a list prints it: a column to tick.
public struct AttendanceSession: Sendable, Hashable, Codable {
    /// The session's number in the circle (1-based), stable across re-planning.
    public var number: Int
    public var date: LocalDate
    /// Local start time, minutes since midnight.
    public var start: Int
    /// Local end time, minutes since midnight (after `start`, same day).
    public var end: Int
    /// The room's name when the schedule names one (the leader's list shows each meeting's
    /// place; the printed list has one header for all).
    public var room: String?

    public init(number: Int, date: LocalDate, start: Int, end: Int, room: String? = nil) {
        self.number = number
        self.date = date
        self.start = start
        self.end = end
        self.room = room
    }

    public var weekday: Weekday { date.weekday }

    /// Length in minutes (0 if `end` is not after `start`).
    public var minutes: Int { max(0, end - start) }

    /// Study hours: whole 45-minute periods; time that does not reach 45 minutes is not counted.
    public var studyHours: Int { ABFStudyCircleRules.studyHours(minutes: minutes) }

    /// `18:30–21:00`.
    public var timeRange: String { "\(Self.clock(start))–\(Self.clock(end))" }

    static func clock(_ minutes: Int) -> String {
        let h = minutes / 60
        let m = minutes % 60
        return (h < 10 ? "0" : "") + "\(h):" + (m < 10 ? "0" : "") + "\(m)"
    }
}
