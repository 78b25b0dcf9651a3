import Catalogue
import Solver

/// Everything one planning run decided, kept together so that the schedule, the
/// reasons for what is unplaced and `circles explain` all read the same facts.
struct PlanContext: Sendable {
    let workspace: Workspace
    private(set) var circles: [FormedCircle]
    /// Per circle: the candidate series and the obstacles counted while laying them out.
    let outcomes: [SeriesGenerator.Outcome]
    let mapping: PlanningProblem
    let solver: Solver
    let solution: Solution
    let published: PublishedTimes
    /// Per unplaced circle (by index): whether it could meet alone, and what blocks it.
    private(set) var diagnoses: [Int: UnplacedDiagnosis] = [:]

    init(
        workspace: Workspace,
        circles: [FormedCircle],
        outcomes: [SeriesGenerator.Outcome],
        mapping: PlanningProblem,
        solver: Solver,
        solution: Solution,
        published: PublishedTimes
    ) {
        self.workspace = workspace
        self.circles = circles
        self.outcomes = outcomes
        self.mapping = mapping
        self.solver = solver
        self.solution = solution
        self.published = published
        diagnoses = diagnose()
    }

    /// The same plan with `circles` in place of the circles: the same circles in the same
    /// order, their participants changed only where the placement still holds for them
    /// (`CircleRepair.seatLeftovers` seats people in placed circles only, so what is
    /// unplaced and why stays as it was diagnosed).
    func with(circles: [FormedCircle]) -> PlanContext {
        precondition(circles.map(\.id) == self.circles.map(\.id), "the same circles, in the same order")
        var seated = self
        seated.circles = circles
        return seated
    }

    /// The chosen series and room of circle `index`, or nil when it is unplaced.
    func placement(of index: Int) -> (series: SessionSeries, room: Room.ID?)? {
        guard let event = mapping.eventOfCircle[index], let value = solution.assignment[event] else { return nil }
        let room = value.room.map { mapping.rooms[index][$0] } ?? onlineRoom(for: circles[index])
        return (mapping.series[index][value.time], room)
    }

    /// Digital circles meet in the smallest online room that holds them.
    func onlineRoom(for circle: FormedCircle) -> Room.ID? {
        guard circle.course.format == .digital else { return nil }
        let needed = circle.participants.count + 1
        return workspace.venues.filter(\.isOnline).flatMap(\.rooms)
            .filter { $0.capacity >= needed }
            .min { ($0.capacity, $0.id) < ($1.capacity, $1.id) }?.id
    }

    func index(of circle: String) -> Int? {
        circles.firstIndex { $0.id.rawValue == circle }
    }

    /// Every published session that the plan moves or drops, with the reason.
    func movedPublishedSessions() -> [MovedSession] {
        let zone = workspace.plan.timeZone
        var moved: [MovedSession] = []
        var known = Set<Circle.ID>()
        for (index, circle) in circles.enumerated() {
            known.insert(circle.id)
            let old = published.sessions(of: circle.id)
            guard !old.isEmpty else { continue }
            let new = placement(of: index)?.series.sessions ?? []
            for (number, before) in old.enumerated() {
                let after = number < new.count ? new[number] : nil
                guard after != before else { continue }
                let reason =
                    after == nil
                    ? (number < circle.course.sessions
                        ? unplacedReasons(of: index).first ?? "no longer placeable"
                        : "the course has fewer sessions now")
                    : "its published time is no longer possible for everyone"
                moved.append(
                    MovedSession(
                        circle: circle.id,
                        session: number + 1,
                        from: LocalTimestamp(before.date, minutes: before.start.minutesSinceMidnight, in: zone),
                        to: after.map { LocalTimestamp($0.date, minutes: $0.start.minutesSinceMidnight, in: zone) },
                        reason: reason
                    )
                )
            }
        }
        return moved
    }

    // MARK: - Reasons

    /// The concrete facts that keep circle `index` from being placed.
    func unplacedReasons(of index: Int) -> [String] {
        diagnoses[index]?.reasons ?? []
    }

    /// Every unplaced circle tried alone in an empty plan (only the venues' closures
    /// placed): if no time is free even then, it cannot meet at all, and its own
    /// constraints say why; otherwise it is crowded out, and the placed circles that
    /// hold those times are named. One layout of each assignment serves all circles.
    private func diagnose() -> [Int: UnplacedDiagnosis] {
        var result: [Int: UnplacedDiagnosis] = [:]
        var waiting: [(index: Int, event: Int)] = []
        for index in circles.indices where placement(of: index) == nil {
            if let reasons = ownObstacles(of: index) {
                result[index] = UnplacedDiagnosis(kind: .cannotMeet, reasons: reasons)
            } else if let event = mapping.eventOfCircle[index] {
                waiting.append((index, event))
            }
        }
        guard !waiting.isEmpty else { return result }
        let empty = solution.assignment.enumerated().map { event, value in
            mapping.circleOfEvent[event] == nil ? value : nil
        }
        let events = waiting.map(\.event)
        let alone = solver.explain(events: events, in: empty)
        let actual = solver.explain(events: events, in: solution.assignment)
        for (position, (index, event)) in waiting.enumerated() {
            result[index] =
                alone[position].feasibleTimeOptions == 0
                ? UnplacedDiagnosis(kind: .cannotMeet, reasons: closedReasons(of: index, alone: alone[position]))
                : crowdedOut(index, event: event, alone: alone[position], actual: actual[position])
        }
        return result
    }

    /// Why circle `index` cannot meet whatever the other circles do, when that is
    /// already clear without the solver (no leader, no series, no room); else nil.
    private func ownObstacles(of index: Int) -> [String]? {
        let circle = circles[index]
        let course = circle.course
        guard let leader = circle.leader else {
            let holders = workspace.people(holding: course.leaderQualification)
            return holders.isEmpty
                ? ["nobody holds qualification '\(course.leaderQualification)' to lead it"]
                : ["every person holding '\(course.leaderQualification)' is a participant of this circle"]
        }
        let outcome = outcomes[index]
        if outcome.series.isEmpty {
            return obstacleReasons(outcome, circle: circle, leader: leader)
        }
        if course.format != .digital, mapping.rooms[index].isEmpty {
            let features = course.roomRequirement.features
            let need =
                "a room for \(circle.participants.count + 1) people"
                + (features.isEmpty ? "" : " with \(features.joined(separator: ", "))")
            let venues = circle.venues.map(\.rawValue).joined(separator: ", ")
            return [
                "no venue all participants can reach has \(need)" + (venues.isEmpty ? "" : " (within reach: \(venues))")
            ]
        }
        return mapping.eventOfCircle[index] == nil ? ["not placed"] : nil
    }

    /// Alone, every candidate time of circle `index` meets a closed room: say so, then
    /// what ruled out the other times before solving.
    private func closedReasons(of index: Int, alone: Explanation) -> [String] {
        let circle = circles[index]
        let venues = circle.venues.map(\.rawValue).joined(separator: ", ")
        var reasons = [
            "every suitable room within reach (\(venues)) is closed on all \(alone.options.count) candidate times"
        ]
        if let leader = circle.leader, !outcomes[index].obstacles.isEmpty {
            reasons += obstacleReasons(outcomes[index], circle: circle, leader: leader).prefix(2)
        }
        return reasons
    }

    /// Circle `index` could meet alone at some times; name the placed circles that hold
    /// those times (a person of this circle, a room it could use, or the course order),
    /// most in the way first.
    private func crowdedOut(_ index: Int, event: Int, alone: Explanation, actual: Explanation) -> UnplacedDiagnosis {
        let circle = circles[index]
        var held: [Int: Int] = [:]
        var what: [Int: [String: Int]] = [:]
        var open = 0
        for (option, lone) in zip(actual.options, alone.options) where lone.isFeasible {
            open += 1
            var here: [Int: String] = [:]
            for reason in option.reasons {
                switch reason {
                case .resourceBusy(let resource, let other): here[other] = here[other] ?? describe(resource, in: circle)
                case .precedence(let other): here[other] = here[other] ?? "the course order"
                case .roomBusy: break
                }
            }
            let freeAlone = Set(lone.freeRooms)
            for case .roomBusy(let room, _, let other) in option.roomReasons where freeAlone.contains(room) {
                here[other] = here[other] ?? "room \(mapping.rooms[index][room])"
            }
            for (other, thing) in here {
                guard let owner = mapping.circleOfEvent[other] else { continue }
                held[owner, default: 0] += 1
                what[owner, default: [:]][thing, default: 0] += 1
            }
        }
        let ranked = held.sorted { ($1.value, circles[$0.key].id) < ($0.value, circles[$1.key].id) }
        var reasons = [
            "it could meet alone on \(open) of \(alone.options.count) candidate times; placed circles hold all of them"
        ]
        for (owner, count) in ranked.prefix(3) {
            let thing = what[owner]?.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? "what it needs"
            reasons.append("\(circles[owner].id) holds \(thing) on \(count) of them")
        }
        return UnplacedDiagnosis(kind: .crowdedOut, reasons: reasons, blockers: ranked.map(\.key))
    }

    /// Reasons from the candidate times ruled out before solving, most frequent first.
    private func obstacleReasons(
        _ outcome: SeriesGenerator.Outcome,
        circle: FormedCircle,
        leader: Person.ID
    ) -> [String] {
        let tried = outcome.tried
        let sorted = outcome.obstacles.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
        guard !sorted.isEmpty else {
            return ["no day of its terms lies in the course's windows"]
        }
        return sorted.prefix(3).map { obstacle, count in
            let share = "on \(count) of \(tried) candidate times"
            switch obstacle {
            case .blockedDay(let name): return "blocked day (\(name)) \(share)"
            case .unavailable(let person):
                return "\(person == leader ? "leader" : "participant") \(person) unavailable \(share)"
            case .deadline(let date):
                return
                    "\(circle.course.sessions) \(circle.course.cadence.rawValue) sessions cannot end before deadline \(date.iso) \(share)"
            case .termEnd(let term):
                return "\(circle.course.sessions) sessions do not fit before the end of term \(term) \(share)"
            case .outsideWindow: return "consecutive days run outside the course's windows \(share)"
            case .studyCircleWeek: return "more than 3 meetings or 12 study hours in a week (ABF) \(share)"
            case .pins: return "the pinned sessions do not fit the course's cadence and windows \(share)"
            }
        }
    }

    /// "must start after X has ended" or "must end before X starts", by the direction
    /// of the `after` rule between the two circles' events.
    func courseOrder(event: Int, other: Int) -> String {
        let name = mapping.circleOfEvent[other].map { circles[$0].id.rawValue } ?? "another circle"
        let isLater = mapping.problem.precedences.contains { $0.before == other && $0.after == event }
        return isLater
            ? "must start after \(name) has ended (course order)" : "must end before \(name) starts (course order)"
    }

    private func describe(_ resource: Int, in circle: FormedCircle) -> String {
        switch mapping.resources[resource] {
        case .person(let person): (person == circle.leader ? "leader " : "participant ") + person.rawValue
        case .room(let room): "room \(room)"
        }
    }
}
