import Catalogue
import Solver

/// The workspace's circles as a generic `Solver.Problem`, with the tables to map
/// the solver's integer indices back to circles, series, rooms and people.
///
/// One circle is one event: its time options are whole series of sessions (so a
/// circle keeps one weekday, time and room), its room options the suitable rooms
/// of the venues all its participants can reach. Every participant and the leader
/// is a resource, and so is every physical room. Venue closures are pinned
/// blocking events on the rooms. Online rooms never clash, so digital circles
/// need no room from the solver.
struct PlanningProblem {
    /// The score parts, in the order the solver reports them.
    enum Part: Int, CaseIterable {
        case irregularWeekday, electionLate, travel, roomFit, leaderEvenings, associationEvenings, movedPublished

        var name: String {
            switch self {
            case .irregularWeekday: "irregular-weekday"
            case .electionLate: "election-late"
            case .travel: "travel"
            case .roomFit: "room-fit"
            case .leaderEvenings: "leader-evenings"
            case .associationEvenings: "association-evenings"
            case .movedPublished: "moved-published"
            }
        }
    }

    /// Who a resource index stands for.
    enum Resource: Hashable {
        case person(Person.ID)
        case room(Room.ID)
    }

    let problem: Problem
    /// For each solver event that is a circle: the circle's index in `circles`.
    let circleOfEvent: [Int?]
    /// For each circle: its solver event, or nil when it never reached the solver.
    let eventOfCircle: [Int?]
    /// For each circle: its candidate series (the event's time options, in order).
    let series: [[SessionSeries]]
    /// For each circle: its candidate rooms (the event's room options, in order).
    let rooms: [[Room.ID]]
    let resources: [Resource]

    init(workspace: Workspace, circles: [FormedCircle], series: [[SessionSeries]], published: PublishedTimes) {
        var resourceIndex: [Resource: Int] = [:]
        var resources: [Resource] = []
        func resource(_ key: Resource) -> Int {
            if let index = resourceIndex[key] { return index }
            resources.append(key)
            resourceIndex[key] = resources.count - 1
            return resources.count - 1
        }

        var events: [Event] = []
        var circleOfEvent: [Int?] = []
        var eventOfCircle = [Int?](repeating: nil, count: circles.count)
        var rooms = [[Room.ID]](repeating: [], count: circles.count)
        let geography = Geography(workspace: workspace)

        for (index, circle) in circles.enumerated() {
            guard circle.leader != nil, !series[index].isEmpty else { continue }
            let course = circle.course
            var roomOptions: [RoomOption] = []
            if course.format != .digital {
                let needed = circle.participants.count + 1
                let pinnedRoom = circle.fixed?.pins.compactMap(\.room).first
                for venueID in circle.venues {
                    guard let venue = workspace.venue(venueID) else { continue }
                    let travel = circle.participants.reduce(0.0) { $0 + (geography.distance($1, venueID) ?? 0) }
                    for room in venue.rooms
                    where room.capacity >= needed && room.hasFeatures(course.roomRequirement.features)
                        && (pinnedRoom == nil || pinnedRoom == room.id)
                    {
                        rooms[index].append(room.id)
                        roomOptions.append(
                            RoomOption(
                                resource: resource(.room(room.id)),
                                costs: [
                                    SoftCost(part: Part.travel.rawValue, amount: Int(travel / 10)),
                                    SoftCost(part: Part.roomFit.rawValue, amount: (room.capacity - needed) / 4),
                                ]
                            )
                        )
                    }
                }
                guard !roomOptions.isEmpty else { continue }
            }
            let options = series[index].map { candidate in
                TimeOption(
                    intervals: candidate.sessions.map { Self.interval($0, length: course.length) },
                    costs: Self.costs(of: candidate, circle: circle, workspace: workspace, published: published)
                )
            }
            let people = circle.attendees.map { resource(.person($0)) }
            eventOfCircle[index] = events.count
            circleOfEvent.append(index)
            events.append(Event(timeOptions: options, roomOptions: roomOptions, resources: Array(Set(people)).sorted()))
        }

        // Venue closures: a pinned event holds each room on every closed day.
        for venue in workspace.venues where !venue.isOnline && !venue.closed.isEmpty {
            let closedDays = venue.closed.flatMap(\.days).filter { day in
                workspace.plan.terms.contains { $0.contains(day) }
            }
            guard !closedDays.isEmpty else { continue }
            for room in venue.rooms {
                guard let roomIndex = resourceIndex[.room(room.id)] else { continue }
                let intervals = closedDays.map {
                    Interval(
                        start: $0.daysSinceEpoch * 1440,
                        end: ($0.daysSinceEpoch + 1) * 1440,
                        day: $0.daysSinceEpoch
                    )
                }
                circleOfEvent.append(nil)
                events.append(
                    Event(
                        timeOptions: [TimeOption(intervals: intervals)],
                        roomOptions: [RoomOption(resource: roomIndex)],
                        pinned: Value(time: 0, room: 0)
                    )
                )
            }
        }

        var groups: [GroupConstraint] = []
        var byLeader: [Person.ID: [Int]] = [:]
        var byAssociation: [Association.ID: [Int]] = [:]
        for (index, circle) in circles.enumerated() {
            guard let event = eventOfCircle[index], let leader = circle.leader else { continue }
            byLeader[leader, default: []].append(event)
            if circle.course.format != .digital, let home = circle.homeAssociation {
                byAssociation[home, default: []].append(event)
            }
        }
        for (_, members) in byLeader.sorted(by: { $0.key < $1.key }) where members.count > 1 {
            groups.append(
                GroupConstraint(
                    kind: .maximumDaysPerWeek(2, daysPerWeek: 7, firstDayOffset: 3),
                    events: members,
                    weight: 20,
                    part: Part.leaderEvenings.rawValue
                )
            )
        }
        for (_, members) in byAssociation.sorted(by: { $0.key < $1.key }) where members.count > 1 {
            groups.append(
                GroupConstraint(
                    kind: .maximumIntervalsPerDay(1),
                    events: members,
                    weight: 10,
                    part: Part.associationEvenings.rawValue
                )
            )
        }

        self.problem = Problem(
            resourceCount: resources.count,
            events: events,
            groups: groups,
            precedences: Self.precedences(circles: circles, eventOfCircle: eventOfCircle, workspace: workspace),
            partNames: Part.allCases.map(\.name)
        )
        self.circleOfEvent = circleOfEvent
        self.eventOfCircle = eventOfCircle
        self.series = series
        self.rooms = rooms
        self.resources = resources
    }

    /// A session as minutes of local wall-clock time since 1970-01-01 00:00. Local,
    /// not UTC: every session is in the plan's zone, and evenings never touch a
    /// DST switch, so overlap in local minutes is overlap in real time.
    static func interval(_ session: SessionTime, length: Int) -> Interval {
        let start = session.date.daysSinceEpoch * 1440 + session.start.minutesSinceMidnight
        return Interval(start: start, end: start + length, day: session.date.daysSinceEpoch)
    }

    private static func costs(
        of series: SessionSeries,
        circle: FormedCircle,
        workspace: Workspace,
        published: PublishedTimes
    ) -> [SoftCost] {
        var costs: [SoftCost] = []
        if series.irregular > 0 {
            costs.append(SoftCost(part: Part.irregularWeekday.rawValue, amount: 30 * series.irregular))
        }
        if circle.course.hasTag("election"), let term = workspace.term(series.term) {
            // Election trainings should be done early: 10 per week after the term starts.
            costs.append(
                SoftCost(part: Part.electionLate.rawValue, amount: 10 * (term.from.days(to: series.lastDate) / 7))
            )
        }
        let moved = published.movedSessions(of: circle.id, in: series)
        if moved > 0 {
            costs.append(SoftCost(part: Part.movedPublished.rawValue, amount: 1000 * moved))
        }
        return costs
    }

    /// `after`: a participant's circle of the earlier course ends before their circle of the later one starts.
    private static func precedences(
        circles: [FormedCircle],
        eventOfCircle: [Int?],
        workspace: Workspace
    ) -> [Precedence] {
        var circlesOfPerson: [Course.ID: [Person.ID: [Int]]] = [:]
        for (index, circle) in circles.enumerated() {
            for person in circle.participants {
                circlesOfPerson[circle.course.id, default: [:]][person, default: []].append(index)
            }
        }
        var pairs = Set<[Int]>()
        for (index, circle) in circles.enumerated() where !circle.course.after.isEmpty {
            guard let later = eventOfCircle[index] else { continue }
            for earlierCourse in circle.course.after {
                for person in circle.participants {
                    for earlier in circlesOfPerson[earlierCourse]?[person] ?? [] {
                        if let before = eventOfCircle[earlier] { pairs.insert([before, later]) }
                    }
                }
            }
        }
        return pairs.sorted { $0.lexicographicallyPrecedes($1) }.map { Precedence(before: $0[0], after: $0[1]) }
    }
}
