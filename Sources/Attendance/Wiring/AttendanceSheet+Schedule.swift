import Catalogue
import Planner

extension AttendanceSheet {
    /// The list of `circle` as the kept `schedule` plans it, with names, associations,
    /// birth years and genders from `workspace` (the schedule carries ids only, so that
    /// personal data stays in the workspace).
    public init(workspace: Workspace, schedule: Schedule, circle: Circle.ID) throws(AttendanceSheetError) {
        guard let planned = schedule.circles.first(where: { $0.id == circle.rawValue }) else {
            throw .unknownCircle(circle, known: schedule.circles.map { Circle.ID($0.id) })
        }
        try self.init(workspace: workspace, circle: planned)
    }

    /// The list of one planned circle.
    ///
    /// The place is the venue's name; the room is named when every session meets in
    /// the same room, otherwise the rooms are listed in session order (a list has one
    /// header). Participants keep the schedule's order; the report and the importer
    /// key them by id, never by position.
    public init(workspace: Workspace, circle planned: PlannedCircle) throws(AttendanceSheetError) {
        let id = Circle.ID(planned.id)
        guard let course = workspace.course(Course.ID(planned.course)) else {
            throw .unknownCourse(circle: id, course: planned.course)
        }
        func person(_ text: String) throws(AttendanceSheetError) -> Person {
            guard let person = workspace.person(Person.ID(text)) else { throw .unknownPerson(circle: id, person: text) }
            return person
        }
        var participants: [AttendanceParticipant] = []
        let remote = Set(planned.remote ?? [])
        for text in planned.participants {
            let p = try person(text)
            participants.append(
                AttendanceParticipant(
                    id: p.id,
                    name: p.name,
                    association: workspace.association(p.association)?.name ?? p.association.rawValue,
                    birthYear: p.born,
                    gender: p.gender,
                    remote: remote.contains(text)
                )
            )
        }
        var leaderName = ""
        if let leader = planned.leader { leaderName = try person(leader).name }

        var sessions: [AttendanceSession] = []
        for session in planned.sessions {
            guard let start = ScheduleTime(session.start) else {
                throw .unreadableTime(circle: id, session: session.number, text: session.start)
            }
            guard let end = ScheduleTime(session.end) else {
                throw .unreadableTime(circle: id, session: session.number, text: session.end)
            }
            // A session past midnight ends "24:30" on its own day's column.
            let endMinutes = start.date.days(to: end.date) * 1440 + end.minutes
            sessions.append(
                AttendanceSession(
                    number: session.number,
                    date: start.date,
                    start: start.minutes,
                    end: endMinutes,
                    room: workspace.room(Room.ID(session.room))?.name ?? session.room
                )
            )
        }

        var roomNames: [String] = []
        for session in planned.sessions.sorted(by: { $0.number < $1.number }) {
            let name = workspace.room(Room.ID(session.room))?.name ?? session.room
            if !roomNames.contains(name) { roomNames.append(name) }
        }
        let venueName =
            planned.venue.flatMap { workspace.venue(Venue.ID($0))?.name ?? $0 }
            ?? planned.sessions.first.flatMap { workspace.room(Room.ID($0.room)) }.flatMap {
                workspace.venue($0.venue)?.name
            }
            ?? ""
        let kind: ABFActivityKind
        switch course.abf {
        case .studyCircle: kind = .studyCircle
        case .other: kind = .otherPopularEducation
        case nil: kind = .none
        }
        self.init(
            organisation: workspace.plan.organisation,
            courseTitle: course.title,
            circleID: id,
            activityKind: kind,
            termName: workspace.term(Term.ID(planned.term))?.name ?? planned.term,
            venue: venueName,
            room: roomNames.isEmpty ? nil : roomNames.joined(separator: ", "),
            leaderName: leaderName,
            language: workspace.plan.language,
            sessions: sessions,
            participants: participants
        )
    }
}

/// A schedule time (`2022-02-01T18:30:00+01:00`) read as the plan means it: the local
/// date and minutes since midnight; the offset is only there for readers without zone data.
struct ScheduleTime {
    let date: LocalDate
    let minutes: Int

    init?(_ text: String) {
        guard text.count >= 16, let date = LocalDate(iso: text.prefix(10)),
            text.dropFirst(10).first == "T", let time = LocalTime(text: text.dropFirst(11).prefix(5))
        else { return nil }
        self.date = date
        minutes = time.minutesSinceMidnight
    }
}
