/// The checks that need more than one file: references between files, and
/// rules that compare a course with the plan, the venues or the people.
///
/// References are checked against declared ids (see `DeclaredIDs`); a check
/// that needs a whole file is skipped when that file could not be read, so
/// one mistake gives one message, not a cascade.
struct WorkspaceValidator {
    let files: WorkspaceFiles
    let log: ProblemLog
    let plan: PlanLoader.Result?
    let venues: VenuesLoader.Result?
    let associations: AssociationsLoader.Result?
    let courseIDs: DeclaredIDs<Course>
    let courses: [LoadedCourse]
    let people: PeopleLoader.Result?
    let enrolments: [Enrolment]
    let circles: [LoadedFixedCircle]

    private var planFile: String { files.display(WorkspaceFiles.plan) }
    private var venuesFile: String { files.display(WorkspaceFiles.venues) }
    private var catalogueFolder: String { files.display(WorkspaceFiles.catalogue) }
    private var peopleFile: String { files.display(WorkspaceFiles.people) }

    func validate() {
        for term in plan?.plan.terms ?? [] { checkLength(of: term) }
        let coursesByID = Dictionary(courses.map { ($0.course.id, $0.course) }, uniquingKeysWith: { first, _ in first })
        let peopleByID = Dictionary((people?.people ?? []).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for course in courses { validate(course) }
        checkAfterCycles(coursesByID)
        for person in people?.people ?? [] { validate(person) }
        for enrolment in enrolments { validate(enrolment, coursesByID: coursesByID, peopleByID: peopleByID) }
        for circle in circles { validate(circle, coursesByID: coursesByID, peopleByID: peopleByID) }
    }

    // MARK: Terms

    /// The longest term: a year (and a day for a leap year). Planning works day by day, and a
    /// term of 1,000 years took 28 s and 2.8 GB before it failed; one from year 1 to 9999
    /// never ended.
    static let longestTerm = 366

    private func checkLength(of term: Term) {
        let days = term.dates.from.days(to: term.dates.to) + 1
        guard days > Self.longestTerm else { return }
        log.add(
            term.location,
            key: "to",
            "term '\(term.id)' lasts \(days) days; a term lasts at most a year (\(Self.longestTerm) days): split it into terms"
        )
    }

    // MARK: Courses

    private func validate(_ loaded: LoadedCourse) {
        let course = loaded.course
        if let plan {
            for window in course.windows {
                if let message = plan.windows.unknown(window, kind: "window", declaredIn: planFile) {
                    log.add(loaded.location(of: "windows"), key: "windows", message)
                }
            }
            for term in course.terms {
                if let message = plan.terms.unknown(term, kind: "term", declaredIn: planFile) {
                    log.add(loaded.location(of: "terms"), key: "terms", message)
                }
            }
            checkSessionFitsWindows(loaded, plan.plan)
            checkDeadline(loaded, plan.plan)
        }
        if course.format == .hybrid, let venues,
            !venues.venues.contains(where: { $0.isOnline && $0.url(for: "x") != nil })
        {
            log.add(
                loaded.location(of: "format"),
                key: "format",
                "a hybrid course needs a link for the members who take part online: add an online venue with a url (\"https://.../{circle}\") to \(venuesFile)"
            )
        }
        for earlier in course.after where earlier != course.id {
            if let message = courseIDs.unknown(earlier, kind: "course", declaredIn: catalogueFolder) {
                log.add(loaded.location(of: "after"), key: "after", message)
            }
        }
        if let people, people.isComplete, !people.people.contains(where: { $0.holds(course.leaderQualification) }) {
            log.add(
                loaded.location(of: "leader"),
                key: "leader",
                "no person holds qualification '\(course.leaderQualification)'"
            )
        }
        if let venues, venues.isComplete { checkCapacity(loaded, venues.venues) }
    }

    /// Courses that must each come after the other can never be taken.
    /// Each cycle is reported once, at the `after` of its first course by id.
    private func checkAfterCycles(_ coursesByID: [Course.ID: Course]) {
        var reported: Set<Course.ID> = []
        for loaded in courses.sorted(by: { $0.course.id < $1.course.id }) where !reported.contains(loaded.course.id) {
            guard let cycle = cycle(from: loaded.course.id, coursesByID) else { continue }
            reported.formUnion(cycle)
            let path = (cycle + [cycle[0]]).map(\.rawValue).joined(separator: " -> ")
            log.add(
                loaded.location(of: "after"),
                key: "after",
                "the courses require each other first, so none can be taken: \(path)"
            )
        }
    }

    /// The shortest path of `after` links from `start` back to itself, if any.
    private func cycle(from start: Course.ID, _ coursesByID: [Course.ID: Course]) -> [Course.ID]? {
        var previous: [Course.ID: Course.ID] = [:]
        var queue = [start]
        var index = 0
        while index < queue.count {
            let current = queue[index]
            index += 1
            for next in coursesByID[current]?.after ?? [] where next != current {
                if next == start {
                    var path = [current]
                    while let before = previous[path[0]] { path.insert(before, at: 0) }
                    return path
                }
                if previous[next] == nil, next != start {
                    previous[next] = current
                    queue.append(next)
                }
            }
        }
        return nil
    }

    private func checkSessionFitsWindows(_ loaded: LoadedCourse, _ plan: Plan) {
        let course = loaded.course
        let windows = course.windows.compactMap { id in plan.windows.first { $0.id == id } }
        guard windows.count == course.windows.count, !windows.contains(where: { $0.minutes >= course.length }) else {
            return
        }
        let described = windows.map { "\($0.id) \($0.from)-\($0.to) is \(DurationFormat.text(minutes: $0.minutes))" }
        log.add(
            loaded.location(of: "length"),
            key: "length",
            "a session of \(DurationFormat.text(minutes: course.length)) fits in none of the course's windows (\(described.joined(separator: ", ")))"
        )
    }

    private func checkDeadline(_ loaded: LoadedCourse, _ plan: Plan) {
        let course = loaded.course
        guard let deadline = course.deadline else { return }
        let terms = course.terms.compactMap { id in plan.terms.first { $0.id == id } }
        guard let first = terms.min(by: { $0.from < $1.from }), deadline <= first.from else { return }
        log.add(
            loaded.location(of: "deadline"),
            key: "deadline",
            "\(deadline) leaves no day for sessions: the course's first term '\(first.id)' starts \(first.from)"
        )
    }

    /// Whether some room can hold a full circle (`participants.max` and the
    /// leader) with the required features. Digital courses meet in online
    /// venues' rooms; in-person and hybrid ones need a physical room (a hybrid
    /// circle's room must hold everyone, as anyone may come in person).
    private func checkCapacity(_ loaded: LoadedCourse, _ venues: [Venue]) {
        let course = loaded.course
        let online = course.format == .digital
        let kind = online ? "online" : "physical"
        let rooms = venues.flatMap(\.rooms).filter { $0.isOnline == online }
        let needed = course.participants.upperBound + 1
        let required = course.roomRequirement.features
        let suitable = rooms.filter { $0.hasFeatures(required) }
        let withFeatures = required.isEmpty ? "" : " with \(required.joined(separator: ", "))"
        guard let largest = suitable.max(by: { $0.capacity < $1.capacity }) else {
            log.add(
                loaded.location(of: required.isEmpty ? "format" : "room"),
                key: required.isEmpty ? "format" : "room",
                "no \(kind) room\(withFeatures) in \(venuesFile)"
            )
            return
        }
        guard largest.capacity < needed else { return }
        let message =
            "no \(kind) room\(withFeatures) holds \(needed) people (\(course.participants.upperBound) participants and the leader); the largest, \(largest.id), holds \(largest.capacity)"
        // Smaller circles still fit: the planner caps them at the room (as it does per
        // venue), so this is the organiser's warning, not a stop. Not even the smallest fits:
        // then nothing can be planned.
        if largest.capacity >= course.participants.lowerBound + 1 {
            log.warn(
                loaded.location(of: "participants"),
                key: "participants",
                "\(message): its circles get at most \(largest.capacity - 1) participants"
            )
        } else {
            log.add(
                loaded.location(of: "participants"),
                key: "participants",
                "\(message), fewer than the smallest circle (\(course.participants.lowerBound) participants and the leader)"
            )
        }
    }

    // MARK: People and enrolments

    private func validate(_ person: Person) {
        guard let associations else { return }
        if let message = associations.declared.unknown(
            person.association,
            kind: "association",
            declaredIn: files.display(WorkspaceFiles.associations)
        ) {
            log.add(person.location, key: "association", message)
        }
    }

    private func validate(_ enrolment: Enrolment, coursesByID: [Course.ID: Course], peopleByID: [Person.ID: Person]) {
        if let people,
            let message = people.declared.unknown(
                enrolment.person,
                kind: "person",
                declaredIn: peopleFile,
                suggest: false
            )
        {
            log.add(enrolment.location, key: "person", message)
        }
        if let message = courseIDs.unknown(enrolment.course, kind: "course", declaredIn: catalogueFolder) {
            log.add(enrolment.location, key: "course", message)
        }
        guard let person = peopleByID[enrolment.person], let course = coursesByID[enrolment.course] else { return }
        if !person.roles.contains(where: course.audience.contains) {
            let roles = person.roles.map(\.rawValue).joined(separator: ", ")
            let audience = course.audience.map(\.rawValue).joined(separator: ", ")
            log.add(
                enrolment.location,
                key: "person",
                "\(person.id) (\(roles)) may not take '\(course.id)': it is open to \(audience)"
            )
        }
        checkAge(person, course, at: enrolment.location, key: "person")
    }

    private func checkAge(_ person: Person, _ course: Course, at location: SourceLocation, key: String) {
        guard course.abf == .studyCircle, let born = person.born, let plan else { return }
        let terms = course.terms.compactMap { id in plan.plan.terms.first { $0.id == id } }
        guard let last = terms.max(by: { $0.to < $1.to }) else { return }
        if !ABFStudyCircleRules.isOldEnough(born: born, during: DateRange(from: last.from, to: last.to)) {
            log.add(
                location,
                key: key,
                "\(person.id) (born \(born)) is under \(ABFStudyCircleRules.minimumAge), the youngest age in an ABF study circle"
            )
        }
    }

    // MARK: Fixed circles

    private func validate(
        _ loaded: LoadedFixedCircle,
        coursesByID: [Course.ID: Course],
        peopleByID: [Person.ID: Person]
    ) {
        let circle = loaded.circle
        if let message = courseIDs.unknown(circle.course, kind: "course", declaredIn: catalogueFolder) {
            log.add(loaded.location(of: "course"), key: "course", message)
        }
        if let plan, let message = plan.terms.unknown(circle.term, kind: "term", declaredIn: planFile) {
            log.add(loaded.location(of: "term"), key: "term", message)
        }
        let course = coursesByID[circle.course]
        if let course, plan?.terms.contains(circle.term) == true, !course.terms.contains(circle.term) {
            log.add(
                loaded.location(of: "term"),
                key: "term",
                "course '\(course.id)' does not run in term '\(circle.term)' (its terms: \(course.terms.map(\.rawValue).joined(separator: ", ")))"
            )
        }
        if let venueID = circle.venue, let venues {
            if let message = venues.declared.unknown(venueID, kind: "venue", declaredIn: venuesFile) {
                log.add(loaded.location(of: "venue"), key: "venue", message)
            } else if let course, let venue = venues.venues.first(where: { $0.id == venueID }),
                venue.isOnline != (course.format == .digital)
            {
                let expected = course.format == .digital ? "an online venue" : "a physical venue"
                log.add(
                    loaded.location(of: "venue"),
                    key: "venue",
                    "course '\(course.id)' is \(course.format.rawValue) and needs \(expected); '\(venueID)' is \(venue.isOnline ? "online" : "physical")"
                )
            }
        }
        if let people {
            if let leader = circle.leader {
                if let message = people.declared.unknown(leader, kind: "person", declaredIn: peopleFile, suggest: false)
                {
                    log.add(loaded.location(of: "leader"), key: "leader", message)
                } else if let course, let person = peopleByID[leader], !person.holds(course.leaderQualification) {
                    log.add(
                        loaded.location(of: "leader"),
                        key: "leader",
                        "\(leader) does not hold qualification '\(course.leaderQualification)' that course '\(course.id)' asks of its leader"
                    )
                }
            }
            for participant in circle.participants ?? [] {
                if let message = people.declared.unknown(
                    participant,
                    kind: "person",
                    declaredIn: peopleFile,
                    suggest: false
                ) {
                    log.add(loaded.location(of: "participants"), key: "participants", message)
                } else if let course, let person = peopleByID[participant] {
                    checkAge(person, course, at: loaded.location(of: "participants"), key: "participants")
                }
            }
        }
        if let course, let participants = circle.participants, participants.count > course.participants.upperBound {
            log.add(
                loaded.location(of: "participants"),
                key: "participants",
                "\(participants.count) participants, more than course '\(course.id)' allows (\(course.participants.upperBound))"
            )
        }
        for pin in circle.pins { validate(pin, of: loaded, course: course) }
    }

    private func validate(_ pin: FixedCircle.Pin, of loaded: LoadedFixedCircle, course: Course?) {
        let circle = loaded.circle
        if let course, pin.session > course.sessions {
            log.add(
                pin.location,
                key: "pinned.session",
                "course '\(course.id)' has \(course.sessions) sessions, found session \(pin.session)"
            )
        }
        if let term = plan?.plan.terms.first(where: { $0.id == circle.term }), !term.contains(pin.date) {
            log.add(
                pin.location,
                key: "pinned.start",
                "\(pin.date) is outside term '\(term.id)' (\(term.from) to \(term.to))"
            )
        }
        if let room = pin.room, let venues {
            if !venues.rooms.contains(room) {
                log.add(
                    pin.location,
                    key: "pinned.room",
                    "no room '\(room)' in \(venuesFile)\(Suggestion.hint(for: room.rawValue, among: venues.rooms.all))"
                )
            } else if let venue = circle.venue, venues.declared.contains(venue),
                !room.rawValue.hasPrefix("\(venue.rawValue)/")
            {
                log.add(pin.location, key: "pinned.room", "room '\(room)' is not in the circle's venue '\(venue)'")
            }
        }
    }
}
