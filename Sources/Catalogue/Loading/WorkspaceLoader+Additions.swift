/// Merging `WorkspaceAdditions` into the files, then validating the whole again.
extension WorkspaceLoader {
    /// What the files gave: the validator's inputs.
    struct FileResults {
        let files: WorkspaceFiles
        let log: ProblemLog
        let plan: PlanLoader.Result?
        let venues: VenuesLoader.Result?
        let associations: AssociationsLoader.Result?
        let courseIDs: DeclaredIDs<Course>
        let courses: [LoadedCourse]
        let people: PeopleLoader.Result
        let enrolments: [Enrolment]
        let circles: [LoadedFixedCircle]
    }

    /// The files' workspace with `additions` in it, validated by the same checks as the files
    /// (one log of its own: the files' problems were none). In order: erased people's requests
    /// and withdrawn ones leave; new people, unavailability and requests come in.
    func merge(_ additions: WorkspaceAdditions, into loaded: FileResults) -> Result<Workspace, WorkspaceLoadError> {
        let log = ProblemLog()
        for problem in additions.problems { log.add(problem.location, key: problem.key, problem.message) }
        let peopleFile = loaded.files.display(WorkspaceFiles.people)
        let erased = Set(additions.erasures.map(\.person))
        let withdrawn = Set(additions.withdrawals.map { Pair(person: $0.person, course: $0.course) })
        var leftCircles: [Circle.ID: Set<Person.ID>] = [:]
        for withdrawal in additions.withdrawals {
            if let circle = withdrawal.circle { leftCircles[circle, default: []].insert(withdrawal.person) }
        }

        var people = loaded.people
        for person in additions.people {
            people.declared.declare(person.id, at: person.location, key: "person", kind: "person", log: log)
            people.people.append(person)
        }
        var extra: [Person.ID: [Person.Unavailability]] = [:]
        for entry in additions.unavailability {
            guard people.declared.contains(entry.person) else {
                log.add(entry.location, key: "person", "no person '\(entry.person)' in \(peopleFile)")
                continue
            }
            extra[entry.person, default: []].append(contentsOf: entry.entries)
        }
        people.people = people.people.map { person in
            guard let entries = extra[person.id] else { return person }
            var unavailable = person.unavailable
            for entry in entries where !unavailable.contains(entry) { unavailable.append(entry) }
            return Person(
                id: person.id,
                name: person.name,
                association: person.association,
                roles: person.roles,
                qualifications: person.qualifications,
                unavailable: unavailable,
                born: person.born,
                gender: person.gender,
                email: person.email,
                location: person.location
            )
        }
        for erasure in additions.erasures {
            guard let person = loaded.people.people.first(where: { $0.id == erasure.person }) else { continue }
            log.warn(
                person.location,
                key: "id",
                "\(person.id) erased their data on the web: remove their row here and their rows in enrolments.csv and circles.yaml; their requests no longer count"
            )
        }

        var enrolments = loaded.enrolments.filter { enrolment in
            !erased.contains(enrolment.person)
                && !withdrawn.contains(Pair(person: enrolment.person, course: enrolment.course))
        }
        var requested = Set(enrolments.map { Pair(person: $0.person, course: $0.course) })
        for enrolment in additions.enrolments {
            let pair = Pair(person: enrolment.person, course: enrolment.course)
            guard !withdrawn.contains(pair), requested.insert(pair).inserted else { continue }
            enrolments.append(enrolment)
        }

        let circles = loaded.circles.map { loadedCircle -> LoadedFixedCircle in
            let circle = loadedCircle.circle
            let left = leftCircles[circle.id] ?? []
            guard let participants = circle.participants,
                participants.contains(where: { erased.contains($0) || left.contains($0) })
            else { return loadedCircle }
            let kept = participants.filter { !erased.contains($0) && !left.contains($0) }
            return LoadedFixedCircle(
                circle: FixedCircle(
                    id: circle.id,
                    course: circle.course,
                    term: circle.term,
                    venue: circle.venue,
                    leader: circle.leader,
                    participants: kept,
                    pins: circle.pins,
                    location: circle.location
                ),
                keyLocations: loadedCircle.keyLocations
            )
        }

        WorkspaceValidator(
            files: loaded.files,
            log: log,
            plan: loaded.plan,
            venues: loaded.venues,
            associations: loaded.associations,
            courseIDs: loaded.courseIDs,
            courses: loaded.courses,
            people: people,
            enrolments: enrolments,
            circles: circles
        ).validate()
        guard log.isEmpty, let plan = loaded.plan else { return .failure(log.error) }
        var workspace = Workspace(
            path: loaded.files.root,
            plan: plan.plan,
            venues: loaded.venues?.venues ?? [],
            associations: loaded.associations?.associations ?? [],
            courses: loaded.courses.map(\.course),
            people: people.people,
            enrolments: enrolments,
            fixedCircles: circles.map(\.circle)
        )
        // The validator said the files' warnings again: each once, the files' first.
        var seen = Set<WorkspaceProblem>()
        workspace.warnings = (loaded.log.warnings + log.warnings).filter { seen.insert($0).inserted }
        workspace.additionsFingerprint = additions.fingerprint
        return .success(workspace)
    }

    /// A person's request for a course.
    private struct Pair: Hashable {
        let person: Person.ID
        let course: Course.ID
    }
}
