import Yams

/// Reads one `catalogue/<course-id>.yaml`.
struct CourseLoader {
    let reader: YAMLReader

    static let keys = [
        "id", "title", "kind", "description", "abf", "format", "sessions", "length", "cadence", "windows",
        "participants", "audience", "leader", "room", "terms", "deadline", "after", "tags",
    ]

    /// Upper bounds that no real course reaches, so that no arithmetic on a
    /// mistyped number (`sessions: 40000000000`) can overflow.
    static let maximumSessions = 366
    static let maximumParticipants = 10_000

    /// The course if every key was valid; its id is declared in `declared`
    /// even when the rest is not.
    func load(_ root: Node, declared: inout DeclaredIDs<Course>) -> LoadedCourse? {
        guard let map = reader.mapping(root, path: "", key: nil, allowed: Self.keys) else { return nil }
        let log = reader.log
        let id: Course.ID? = map.id("id", required: true)
        if let id { declared.declare(id, at: map.location(of: "id"), key: "id", kind: "course", log: log) }
        let title = map.text("title", required: true)
        let kind: Course.Kind? = map.choice("kind", required: true)
        let abf: Course.ABFReporting? = map.choice("abf")
        let format: Course.Format? = map.choice("format", required: true)
        var sessions = map.int("sessions", required: true)
        if let count = sessions, count < 1 {
            log.add(map.location(of: "sessions"), key: "sessions", "a course has at least 1 session, found \(count)")
            sessions = nil
        } else if let count = sessions, count > Self.maximumSessions {
            log.add(
                map.location(of: "sessions"),
                key: "sessions",
                "a course has at most \(Self.maximumSessions) sessions, found \(count)"
            )
            sessions = nil
        }
        var length = map.duration("length", required: true)
        if let minutes = length, minutes < 1 || minutes > 1440 {
            log.add(
                map.location(of: "length"),
                key: "length",
                "a session lasts from 1 minute to 24 hours, found \(minutes) minutes"
            )
            length = nil
        }
        let cadence: Course.Cadence? = map.choice("cadence", required: true)
        let windows: [TimeWindow.ID]? = nonEmpty(
            map.idList("windows", required: true),
            map,
            "windows",
            "at least one window"
        )
        let participants = readParticipants(map)
        let audience = nonEmpty(
            map.list("audience", required: true) { node, name in reader.choice(node, key: name, Person.Role.self) },
            map,
            "audience",
            "at least one role"
        )
        let leader: Qualification? = (map.id("leader", required: true) as Identifier<Qualification>?).map {
            Qualification($0.rawValue)
        }
        let room = map.mapping("room", allowed: ["features"])
        let features = room?.textList("features")
        let terms: [Term.ID]? = nonEmpty(map.idList("terms", required: true), map, "terms", "at least one term")
        let deadline = map.date("deadline")
        let after: [Course.ID]? = map.idList("after")
        let tags = map.textList("tags")
        if let id, let after, after.contains(id) {
            log.add(map.location(of: "after"), key: "after", "a course cannot come after itself")
        }
        guard let id, let title, let kind, let format, let sessions, let length, let cadence, let windows,
            let participants, let audience, let leader, let terms,
            map.value("abf") == nil || abf != nil, map.value("deadline") == nil || deadline != nil,
            map.value("after") == nil || after != nil, map.value("tags") == nil || tags != nil,
            map.value("room") == nil || (room != nil && (room?.value("features") == nil || features != nil))
        else { return nil }

        let course = Course(
            id: id,
            title: title,
            kind: kind,
            description: map.text("description"),
            abf: abf,
            format: format,
            sessions: sessions,
            length: length,
            cadence: cadence,
            windows: windows,
            participants: participants,
            audience: audience,
            leaderQualification: leader,
            roomRequirement: RoomRequirement(features: features ?? []),
            terms: terms,
            deadline: deadline,
            after: after ?? [],
            tags: tags ?? [],
            location: map.location
        )
        if abf == .studyCircle {
            for violation in ABFStudyCircleRules.violations(of: course) {
                let key = violation.key.hasPrefix("participants.") ? "participants" : violation.key
                log.add(
                    key == "participants" ? participantsLocation(map, violation.key) : map.location(of: key),
                    key: violation.key,
                    violation.message
                )
            }
        }
        var locations: [String: SourceLocation] = [:]
        for key in Self.keys { locations[key] = map.location(of: key) }
        return LoadedCourse(course: course, keyLocations: locations)
    }

    private func participantsLocation(_ map: YAMLMapping, _ key: String) -> SourceLocation {
        guard let node = map.value("participants"), case .mapping(let inner) = node,
            let value = inner[String(key.dropFirst("participants.".count))]
        else { return map.location(of: "participants") }
        return reader.location(value)
    }

    private func readParticipants(_ map: YAMLMapping) -> ClosedRange<Int>? {
        guard let range = map.mapping("participants", required: true, allowed: ["min", "max"]) else { return nil }
        let min = range.int("min", required: true)
        let max = range.int("max", required: true)
        guard let min, let max else { return nil }
        guard min >= 1 else {
            reader.log.add(
                range.location(of: "min"),
                key: "participants.min",
                "a circle has at least 1 participant, found \(min)"
            )
            return nil
        }
        guard max <= Self.maximumParticipants else {
            reader.log.add(
                range.location(of: "max"),
                key: "participants.max",
                "a circle has at most \(Self.maximumParticipants) participants, found \(max)"
            )
            return nil
        }
        guard min <= max else {
            reader.log.add(
                range.location(of: "max"),
                key: "participants.max",
                "max (\(max)) is smaller than min (\(min))"
            )
            return nil
        }
        return min...max
    }

    private func nonEmpty<Item>(_ items: [Item]?, _ map: YAMLMapping, _ key: String, _ expected: String) -> [Item]? {
        guard let items else { return nil }
        guard !items.isEmpty else {
            reader.log.add(map.location(of: key), key: key, "expected \(expected), found an empty list")
            return nil
        }
        return items
    }
}
