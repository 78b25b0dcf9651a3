import Catalogue
import Foundation
import State

/// One meeting as recorded in State: what the leader's list shows, and what a stale form is
/// answered with (someone saved in between).
public struct MeetingState: Sendable, Hashable {
    public var session: Int
    /// 0 while nothing was recorded; the form sends it back as `version`.
    public var version: Int
    /// Nil until the leader's page gave the time held (the planned times stand).
    public var held: HeldTime?
    /// Everyone with an answer for this meeting (present or not).
    public var answered: Set<Person.ID>
    public var present: Set<Person.ID>
    public var distance: Set<Person.ID>
    /// When and from where it was last saved (nil: never).
    public var savedAt: Date?
    public var source: AttendanceSource?

    public init(
        session: Int,
        version: Int = 0,
        held: HeldTime? = nil,
        answered: Set<Person.ID> = [],
        present: Set<Person.ID> = [],
        distance: Set<Person.ID> = [],
        savedAt: Date? = nil,
        source: AttendanceSource? = nil
    ) {
        self.session = session
        self.version = version
        self.held = held
        self.answered = answered
        self.present = present
        self.distance = distance
        self.savedAt = savedAt
        self.source = source
    }

    /// The state of `session` from State's rows (`meeting` nil: never saved).
    init(session: Int, meeting: AttendanceMeeting?, records: [State.AttendanceRecord]) {
        let mine = records.filter { $0.session == session }
        var held: HeldTime?
        if let meeting, let from = meeting.from.flatMap({ LocalTime(text: $0) }),
            let to = meeting.to.flatMap({ LocalTime(text: $0) }), let breakMinutes = meeting.breakMinutes
        {
            held = HeldTime(from: from, to: to, breakMinutes: breakMinutes)
        }
        self.init(
            session: session,
            version: meeting?.version ?? 0,
            held: held,
            answered: Set(mine.map { Person.ID($0.person) }),
            present: Set(mine.filter(\.present).map { Person.ID($0.person) }),
            distance: Set(mine.filter(\.distance).map { Person.ID($0.person) }),
            savedAt: meeting?.savedAt,
            source: meeting.map {
                AttendanceSource(kind: AttendanceSource.Kind(rawValue: $0.source) ?? .cli, detail: $0.origin)
            }
        )
    }
}
