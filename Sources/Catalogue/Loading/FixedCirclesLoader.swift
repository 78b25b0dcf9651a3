import Yams

/// Reads `circles.yaml`: circles fixed by hand, with their pinned sessions.
struct FixedCirclesLoader {
    let reader: YAMLReader

    static let keys = ["id", "course", "term", "venue", "leader", "participants", "pinned"]
    static let pinKeys = ["session", "start", "room"]

    func load(_ root: Node) -> [LoadedFixedCircle] {
        guard let nodes = reader.sequence(root, key: nil) else { return [] }
        var declared = DeclaredIDs<Circle>()
        return nodes.compactMap { node in readCircle(node, declared: &declared) }
    }

    private func readCircle(_ node: Node, declared: inout DeclaredIDs<Circle>) -> LoadedFixedCircle? {
        guard let map = reader.mapping(node, path: "", key: nil, allowed: Self.keys) else { return nil }
        let id: Circle.ID? = map.id("id", required: true)
        if let id { declared.declare(id, at: map.location(of: "id"), key: "id", kind: "circle", log: reader.log) }
        let course: Course.ID? = map.id("course", required: true)
        let term: Term.ID? = map.id("term", required: true)
        let venue: Venue.ID? = map.id("venue")
        let leader: Person.ID? = map.id("leader")
        let participants: [Person.ID]? = map.idList("participants")
        let pinNodes = map.items("pinned") ?? []
        let pins = pinNodes.compactMap(readPin)
        guard let id, let course, let term, pins.count == pinNodes.count,
            map.value("venue") == nil || venue != nil, map.value("leader") == nil || leader != nil,
            map.value("participants") == nil || participants != nil
        else { return nil }
        var seen: Set<Int> = []
        for pin in pins where !seen.insert(pin.session).inserted {
            reader.log.add(pin.location, key: "pinned.session", "session \(pin.session) is pinned twice")
        }
        var locations: [String: SourceLocation] = [:]
        for key in Self.keys { locations[key] = map.location(of: key) }
        let circle = FixedCircle(
            id: id,
            course: course,
            term: term,
            venue: venue,
            leader: leader,
            participants: participants,
            pins: pins,
            location: map.location
        )
        return LoadedFixedCircle(circle: circle, keyLocations: locations)
    }

    private func readPin(_ node: Node) -> FixedCircle.Pin? {
        guard let map = reader.mapping(node, path: "pinned.", key: "pinned", allowed: Self.pinKeys) else { return nil }
        var session = map.int("session", required: true)
        if let number = session, number < 1 {
            reader.log.add(
                map.location(of: "session"),
                key: "pinned.session",
                "sessions are numbered from 1, found \(number)"
            )
            session = nil
        }
        var start: (LocalDate, LocalTime)?
        if let node = map.required("start"),
            let raw = reader.scalar(node, key: "pinned.start", expected: "a date and time YYYY-MM-DDTHH:MM")
        {
            start = Self.dateTime(raw)
            if start == nil {
                reader.log.add(
                    reader.location(node),
                    key: "pinned.start",
                    "expected a date and time YYYY-MM-DDTHH:MM, found '\(raw)'"
                )
            }
        }
        var room: Room.ID?
        if let raw = map.text("room") {
            let parts = raw.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            if parts.count == 2, parts.allSatisfy(Room.ID.isWellFormed) {
                room = Room.ID(raw)
            } else {
                reader.log.add(
                    map.location(of: "room"),
                    key: "pinned.room",
                    "expected a room as venue/room (abf-karlstad/stora), found '\(raw)'"
                )
                return nil
            }
        }
        guard let session, let start else { return nil }
        return FixedCircle.Pin(session: session, date: start.0, start: start.1, room: room, location: map.location)
    }

    /// `2022-02-01T18:30` (seconds `:00` tolerated, no offset: times are local).
    static func dateTime(_ text: String) -> (LocalDate, LocalTime)? {
        let parts = text.split(separator: "T", omittingEmptySubsequences: false)
        guard parts.count == 2, let date = LocalDate(iso: parts[0]) else { return nil }
        var time = parts[1]
        if time.count == 8, time.hasSuffix(":00") { time = time.dropLast(3) }
        guard let clock = LocalTime(text: time), clock.minutesSinceMidnight < 1440 else { return nil }
        return (date, clock)
    }
}
