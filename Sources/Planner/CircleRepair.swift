import Catalogue

/// After a solve, regroups the members of every circle left unplaced: each takes a
/// free seat in a placed circle of the same course that meets when they are free and
/// are not in another circle, at a venue they reach (nearest first). Requests that
/// formation could not seat (`FormationResult.awaitingSeat`) are offered seats the same way. A circle left
/// below its course's minimum is dissolved and what is left of it is unassigned with
/// the reason; one that keeps enough members stays, to be placed by the next solve.
/// A circle crowded out by circles of a course in the course order (`after`) lets the
/// members it shares with them go; when too few stay, it is dissolved and they all
/// look for seats elsewhere.
/// Two circles are dissolved whatever their size, since no regrouping of the rest
/// would let them meet: one crowded out by its leader's other circles when no other
/// qualified leader within reach is free at any of its series, and one whose members
/// share no series even after the members who rule out most are taken out.
/// A seat is taken only where it keeps the `after` order with the person's other circles.
///
/// The placed circles keep their times, so the next solve starts from them and only
/// has the changed circles to place.
struct CircleRepair {
    let context: PlanContext

    /// How every reason for a request left without a circle ends: no seat elsewhere.
    static let noOtherCircle =
        "every other circle of this course within reach is full, or meets when they are not free or are in another circle"

    /// The regrouped formation, or nil when no member could move (nothing to solve again).
    /// - Parameter lastRound: whether the solve after this repair is the last one.
    func repair(_ formation: FormationResult, lastRound: Bool) -> FormationResult? {
        run(formation, regroup: true, lastRound: lastRound)
    }

    /// After the last solve: every request still without a seat for want of one (told
    /// that no other circle has room for them, or waiting since formation) takes a free
    /// seat in a placed circle, as in `repair`, if one now fits them; circles that a
    /// round placed after the request was turned away may. The placed circles keep
    /// their times and rooms (a seat needs a person free then, and room in the room),
    /// so nothing is solved again. Nil when no one could be seated.
    func seatLeftovers(_ formation: FormationResult) -> FormationResult? {
        run(formation, regroup: false, lastRound: true)
    }

    /// Whether an unassigned request's reason is that no placed circle had a seat that fit.
    static func isWantingSeat(_ request: UnassignedRequest) -> Bool {
        request.reason.hasSuffix(noOtherCircle) || request.reason.hasSuffix(orderedOutOfEveryCircle)
    }

    /// How the reason ends for a member whose circle of a course in the course order
    /// held them (`repair`).
    static let orderedOutOfEveryCircle =
        "every other circle of this course within reach is full, meets when they are not free or are in another circle, or breaks the course order"

    /// The reason of a request waiting since formation whom a seat would fit but for the
    /// course order (`seatLeftovers`).
    static let noCircleKeepsOrder =
        "every circle of this course within reach is full, meets when they are not free or are in another circle, or breaks the course order"

    private func run(_ formation: FormationResult, regroup regrouping: Bool, lastRound: Bool) -> FormationResult? {
        let workspace = context.workspace
        let geography = Geography(workspace: workspace)
        var circles = formation.circles
        var placements: [Int: (series: SessionSeries, room: Room.ID?)] = [:]
        var busy: [Person.ID: [(start: Int, end: Int)]] = [:]
        /// Per participant: the placed circles they are in, for the `after` order.
        var member: [Person.ID: [Int]] = [:]
        /// Per course: its placed circles (indices), where seats are looked for.
        var placedOf: [Course.ID: [Int]] = [:]
        for index in circles.indices {
            guard let placement = context.placement(of: index) else { continue }
            placements[index] = placement
            for person in circles[index].attendees {
                busy[person, default: []] += intervals(placement.series, length: circles[index].course.length)
            }
            for person in circles[index].participants { member[person, default: []].append(index) }
            placedOf[circles[index].course.id, default: []].append(index)
        }
        /// Whether `person` joining circle `target` keeps the `after` order with their other circles.
        func keepsOrder(_ person: Person.ID, _ target: Int) -> Bool {
            guard let mine = placements[target]?.series else { return false }
            let course = circles[target].course
            return (member[person] ?? []).allSatisfy { other in
                guard let theirs = placements[other]?.series else { return true }
                let otherCourse = circles[other].course
                if course.after.contains(otherCourse.id) { return ends(theirs, otherCourse) <= starts(mine) }
                if otherCourse.after.contains(course.id) { return ends(mine, course) <= starts(theirs) }
                return true
            }
        }
        var unassigned = formation.unassigned
        var dissolved = Set<Int>()
        var changed = false
        /// The placed circles of `course` with a seat for `person` that meets when they
        /// are free and in no other circle, within reach; and that keeps the course order
        /// with their other circles, when `keepingOrder`.
        func seatsFor(_ person: Person.ID, _ course: Course, keepingOrder: Bool = true) -> [Int] {
            (placedOf[course.id] ?? []).filter { other in
                guard let placement = placements[other],
                    circles[other].fixed?.participants == nil, !circles[other].participants.contains(person),
                    circles[other].participants.count < capacity(of: circles[other], in: placement.room)
                else { return false }
                let venue = placement.room.flatMap { workspace.room($0)?.venue }
                if course.format == .inPerson, let venue, !geography.reaches(person, venue) { return false }
                return isFree(person, for: placement.series, length: course.length, busy: busy[person] ?? [])
                    && (!keepingOrder || keepsOrder(person, other))
            }
        }
        /// Seats `person` in the nearest placed circle of `course` that has room for them; false if none.
        func seat(_ person: Person.ID, _ course: Course) -> Bool {
            let target = seatsFor(person, course).min { a, b in
                let da = distance(person, placements[a]?.room, geography)
                let db = distance(person, placements[b]?.room, geography)
                return (da, circles[a].id) < (db, circles[b].id)
            }
            guard let target, let placement = placements[target] else { return false }
            circles[target].participants.append(person)
            busy[person, default: []] += intervals(placement.series, length: course.length)
            member[person, default: []].append(target)
            changed = true
            return true
        }

        // The organiser's circles (circles.yaml) are regrouped only where the planner chose
        // their members: trimmed, never dissolved.
        let stuck = circles.indices.filter { placements[$0] == nil && circles[$0].fixed?.participants == nil }
        /// Regroups stuck circle `index`. What depends on where the other circles are
        /// now (its leader or the course order held by them) is settled only when
        /// `settle`: before the last round the next solve may still move them. Returns
        /// false when it left the circle for that reason.
        func regroup(_ index: Int, settle: Bool) -> Bool {
            let course = circles[index].course
            let outcome = context.outcomes[index]
            let diagnosis = context.diagnoses[index]
            // Crowded out by its leader's other circles: another qualified leader who is
            // free at one of its series, in no other circle then and within reach; with
            // none, the circle cannot meet, and its members look for seats elsewhere.
            var leaderBound = false
            if let diagnosis, diagnosis.kind == .crowdedOut,
                let leader = circles[index].leader,
                diagnosis.blockers.allSatisfy({ circles[$0].attendees.contains(leader) }),
                circles[index].fixed?.leader == nil
            {
                if let other = replacementLeader(for: circles[index], busy: busy, geography: geography) {
                    circles[index].leader = other
                    changed = true
                    return true
                }
                if !settle { return false }
                leaderBound = true
            }
            if outcome.series.isEmpty, let kept = trimmed(circles[index], outcome) {
                // The members left share a series; those taken out look for a seat.
                let out = circles[index].participants.filter { !kept.contains($0) }
                circles[index].participants = kept
                changed = true
                for person in out where !seat(person, course) {
                    unassigned.append(
                        UnassignedRequest(
                            person: person,
                            course: course.id,
                            reason:
                                "the times they are unavailable leave no series they share with the others of their circle (\(circles[index].id)), and \(Self.noOtherCircle)"
                        )
                    )
                }
                return true
            }
            if circles[index].fixed != nil { return true }
            // Crowded out by the course order: members whose circle of a course that must
            // come before (or after) this one leaves no time for it. They leave it (a seat
            // elsewhere that keeps the order, or told why), so the others can meet.
            if let diagnosis, diagnosis.kind == .crowdedOut {
                let ordered = diagnosis.blockers.filter { blocker in
                    course.after.contains(circles[blocker].course.id)
                        || circles[blocker].course.after.contains(course.id)
                }
                let linked = circles[index].participants.filter { person in
                    ordered.contains { circles[$0].participants.contains(person) }
                }
                let rest = circles[index].participants.filter { !linked.contains($0) }
                if !linked.isEmpty {
                    if !settle { return false }
                    changed = true
                    for person in linked where !seat(person, course) {
                        let theirs = ordered.first { circles[$0].participants.contains(person) }.map { circles[$0].id }
                        unassigned.append(
                            UnassignedRequest(
                                person: person,
                                course: course.id,
                                reason:
                                    "their circle \(theirs?.rawValue ?? "") (of a course in the course order with this one) held them or the order at every time the circle formed for them (\(circles[index].id)) could meet, and \(Self.orderedOutOfEveryCircle)"
                            )
                        )
                    }
                    if rest.count >= course.participants.lowerBound {
                        circles[index].participants = rest
                        return true
                    }
                    // Too few are left to meet without them: the rest look for seats elsewhere.
                    dissolved.insert(index)
                    for person in rest where !seat(person, course) {
                        unassigned.append(
                            UnassignedRequest(
                                person: person,
                                course: course.id,
                                reason:
                                    "the circle formed for them (\(circles[index].id)) has fewer than the course's minimum left once the members the course order holds elsewhere leave it, and \(Self.noOtherCircle)"
                            )
                        )
                    }
                    return true
                }
            }
            // Members who share no series (and trimming left too few): a circle that
            // formation should not have made, never one to show as unable to meet.
            let membersShareNone =
                outcome.series.isEmpty
                && outcome.obstacles.keys.contains { obstacle in
                    if case .unavailable(let person) = obstacle { return circles[index].participants.contains(person) }
                    return false
                }
            let staying = circles[index].participants.filter { !seat($0, course) }
            if !leaderBound && !membersShareNone {
                guard staying.count != circles[index].participants.count else { return true }
                if staying.count >= course.participants.lowerBound {
                    circles[index].participants = staying
                    return true
                }
            }
            dissolved.insert(index)
            changed = true
            let what =
                leaderBound
                ? "was crowded out: every qualified leader within reach is busy whenever it could meet"
                : membersShareNone
                    ? "has no series of sessions that all its members and its leader are free for"
                    : diagnosis?.kind == .crowdedOut ? "was crowded out" : "cannot meet at all"
            for person in staying {
                unassigned.append(
                    UnassignedRequest(
                        person: person,
                        course: course.id,
                        reason:
                            "the circle formed for them (\(circles[index].id)) \(what), and \(Self.noOtherCircle)"
                    )
                )
            }
            return true
        }
        if regrouping {
            var left: [Int] = []
            for index in stuck.sorted(by: { circles[$0].id < circles[$1].id }) where !regroup(index, settle: lastRound)
            {
                left.append(index)
            }
            // Nothing else changed: the next solve would place them no better, so settle them now.
            if !changed { for index in left { _ = regroup(index, settle: true) } }
        } else {
            unassigned.removeAll { request in
                guard Self.isWantingSeat(request), let course = workspace.course(request.course) else { return false }
                return seat(request.person, course)
            }
        }
        var awaiting: [UnassignedRequest] = []
        for request in formation.awaitingSeat {
            guard let course = workspace.course(request.course) else {
                awaiting.append(request)
                continue
            }
            if seat(request.person, course) { continue }
            // Told at last: that a seat they fit breaks the course order, when one does.
            if !regrouping && !seatsFor(request.person, course, keepingOrder: false).isEmpty {
                awaiting.append(
                    UnassignedRequest(
                        person: request.person,
                        course: course.id,
                        reason: Self.noCircleKeepsOrder
                    )
                )
                changed = true
            } else {
                awaiting.append(request)
            }
        }
        guard changed else { return nil }
        return FormationResult(
            circles: circles.indices.filter { !dissolved.contains($0) }.map { circles[$0] },
            unassigned: unassigned,
            awaitingSeat: awaiting
        )
    }

    /// For a circle with no series at all: the participants that remain when the one
    /// whose unavailability rules out most candidate times is taken out, one at a time,
    /// until a series fits them and the leader; nil when that leaves fewer than the
    /// course's minimum (or the leader, not a participant, is what stands in the way).
    private func trimmed(_ circle: FormedCircle, _ outcome: SeriesGenerator.Outcome) -> [Person.ID]? {
        let generator = SeriesGenerator(workspace: context.workspace)
        var trial = circle
        var outcome = outcome
        while outcome.series.isEmpty {
            guard trial.participants.count > circle.course.participants.lowerBound else { return nil }
            let worst = outcome.obstacles.compactMap { obstacle, count -> (count: Int, person: Person.ID)? in
                guard case .unavailable(let person) = obstacle, trial.participants.contains(person) else { return nil }
                return (count, person)
            }
            .max { ($0.count, $1.person) < ($1.count, $0.person) }
            guard let worst else { return nil }
            trial.participants.removeAll { $0 == worst.person }
            outcome = generator.series(for: trial)
        }
        return trial.participants
    }

    /// A qualified person (not a member, not the leader now) who can attend every
    /// session of one of the circle's candidate series and is in no placed circle then,
    /// within reach of one of its venues; the least loaded, then nearest, then by id.
    private func replacementLeader(
        for circle: FormedCircle,
        busy: [Person.ID: [(start: Int, end: Int)]],
        geography: Geography
    ) -> Person.ID? {
        let workspace = context.workspace
        guard let index = context.index(of: circle.id.rawValue) else { return nil }
        let series = context.outcomes[index].series
        let length = circle.course.length
        let limit = workspace.plan.travel.maxKilometres ?? .infinity
        var load: [Person.ID: Int] = [:]
        for other in context.circles { if let leader = other.leader { load[leader, default: 0] += 1 } }
        let members = Set(circle.attendees)
        let ranked = workspace.people(holding: circle.course.leaderQualification)
            .filter { !members.contains($0.id) }
            .compactMap { person -> (load: Int, km: Double, id: Person.ID)? in
                let km =
                    circle.venues.isEmpty
                    ? 0
                    : circle.venues.compactMap { geography.distance(from: person.association, to: $0) }.min()
                        ?? .infinity
                guard km <= limit else { return nil }
                return (load[person.id] ?? 0, km, person.id)
            }
            .sorted { ($0.load, $0.km, $0.id) < ($1.load, $1.km, $1.id) }
        return ranked.first { candidate in
            series.contains { isFree(candidate.id, for: $0, length: length, busy: busy[candidate.id] ?? []) }
        }?.id
    }

    /// How many participants the circle may have in `room` (online: the largest online room).
    private func capacity(of circle: FormedCircle, in room: Room.ID?) -> Int {
        let workspace = context.workspace
        let holds =
            circle.course.format == .digital
            ? workspace.venues.filter(\.isOnline).flatMap(\.rooms).map(\.capacity).max() ?? 0
            : room.flatMap { workspace.room($0)?.capacity } ?? 0
        return min(circle.course.participants.upperBound, holds - 1)
    }

    private func distance(_ person: Person.ID, _ room: Room.ID?, _ geography: Geography) -> Double {
        room.flatMap { context.workspace.room($0)?.venue }.flatMap { geography.distance(person, $0) } ?? 0
    }

    /// Whether `person` can attend every session of `series` and is in no other circle then.
    private func isFree(
        _ person: Person.ID,
        for series: SessionSeries,
        length: Int,
        busy: [(start: Int, end: Int)]
    ) -> Bool {
        guard let someone = context.workspace.person(person) else { return false }
        for session in series.sessions
        where !someone.isAvailable(on: session.date, from: session.start, to: session.start.adding(minutes: length)) {
            return false
        }
        return intervals(series, length: length).allSatisfy { mine in
            busy.allSatisfy { $0.end <= mine.start || mine.end <= $0.start }
        }
    }

    private func starts(_ series: SessionSeries) -> Int {
        series.sessions.first.map { PlanningProblem.interval($0, length: 0).start } ?? 0
    }

    private func ends(_ series: SessionSeries, _ course: Course) -> Int {
        series.sessions.last.map { PlanningProblem.interval($0, length: course.length).end } ?? 0
    }

    private func intervals(_ series: SessionSeries, length: Int) -> [(start: Int, end: Int)] {
        series.sessions.map {
            let interval = PlanningProblem.interval($0, length: length)
            return (interval.start, interval.end)
        }
    }
}
