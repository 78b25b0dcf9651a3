import Catalogue
import Foundation
import State

/// One meeting on the leader's list: what was planned, what was recorded, and the form's
/// starting values (`version` goes back with the form to refuse a stale one).
public struct LeaderMeeting: Sendable, Hashable {
    public let number: Int
    public let date: LocalDate
    public var weekday: Weekday { date.weekday }
    public let plannedStart: LocalTime
    /// After `plannedStart`; past 24:00 for a meeting that runs past midnight.
    public let plannedEnd: LocalTime
    /// The venue, and the room when the plan names one.
    public let place: String
    public let timing: MeetingTiming
    /// Every participant of the circle, in the list's order.
    public let participants: [LeaderParticipant]
    /// The time really held, when the page recorded it (nil: the planned times stand).
    public let held: HeldTime?
    public let version: Int
    public let savedAt: Date?
    public let savedFrom: AttendanceSource?
    /// Study hours as counted: from the time held, break deducted, else from the plan.
    public let studyHours: Int
    /// Study hours of the planned times.
    public let plannedStudyHours: Int

    /// Whether anyone's answer was recorded.
    public var recorded: Bool { participants.contains { $0.answered } }
    /// Participants present (the leader not counted).
    public var presentCount: Int { participants.filter(\.present).count }
}
