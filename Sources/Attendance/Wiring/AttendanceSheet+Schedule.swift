import Catalogue
import Planner

extension AttendanceSheet {
    /// The list of `circle` as the kept `schedule` plans it, with names, associations,
    /// birth years and genders from `workspace` (the schedule carries ids only, so that
    /// personal data stays in the workspace).
    public init(workspace: Workspace, schedule: Schedule, circle: Circle.ID) throws(AttendanceSheetError) {
        guard let planned = schedule.circles.first(where: { $0.id == circle }) else {
            throw .unknownCircle(circle, known: schedule.circles.map(\.id))
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
        let id = planned.id
        guard let course = workspace.course(planned.course) else {
            throw .unknownCourse(circle: id, course: planned.course)
        }
        func person(_ id: Person.ID) throws(AttendanceSheetError) -> Person {
            guard let person = workspace.person(id) else { throw .unknownPerson(circle: planned.id, person: id) }
            return person
        }
        func roomName(_ room: Room.ID) -> String { workspace.room(room)?.name ?? room.rawValue }
        var participants: [AttendanceParticipant] = []
        let remote = Set(planned.remote ?? [])
        for participant in planned.participants {
            let p = try person(participant)
            participants.append(
                AttendanceParticipant(
                    id: p.id,
                    name: p.name,
                    association: workspace.association(p.association)?.name ?? p.association.rawValue,
                    birthYear: p.born,
                    gender: p.gender,
                    remote: remote.contains(participant)
                )
            )
        }
        var leaderName = ""
        if let leader = planned.leader { leaderName = try person(leader).name }

        var sessions: [AttendanceSession] = []
        for session in planned.sessions {
            // A session past midnight ends "24:30" on its own day's column.
            let endMinutes = session.start.date.days(to: session.end.date) * 1440 + session.end.minutes
            sessions.append(
                AttendanceSession(
                    number: session.number,
                    date: session.start.date,
                    start: session.start.minutes,
                    end: endMinutes,
                    room: roomName(session.room)
                )
            )
        }

        var roomNames: [String] = []
        for session in planned.sessions.sorted(by: { $0.number < $1.number }) {
            let name = roomName(session.room)
            if !roomNames.contains(name) { roomNames.append(name) }
        }
        let venueName =
            planned.venue.map { workspace.venue($0)?.name ?? $0.rawValue }
            ?? planned.sessions.first.flatMap { workspace.room($0.room) }.flatMap { workspace.venue($0.venue)?.name }
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
            termName: workspace.term(planned.term)?.name ?? planned.term.rawValue,
            venue: venueName,
            room: roomNames.isEmpty ? nil : roomNames.joined(separator: ", "),
            leaderName: leaderName,
            language: workspace.plan.language,
            sessions: sessions,
            participants: participants
        )
    }
}
