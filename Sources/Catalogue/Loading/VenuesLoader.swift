import Yams

/// Reads `venues.yaml`: a list of venues, each with its rooms.
struct VenuesLoader {
    let reader: YAMLReader

    struct Result {
        var venues: [Venue] = []
        var declared = DeclaredIDs<Venue>()
        var rooms = DeclaredIDs<Room>()
        /// Whether every venue and room entry loaded; checks that compare
        /// courses with all rooms are skipped otherwise (their answer would
        /// follow from the broken entry, already reported).
        var isComplete = true
    }

    static let keys = ["id", "name", "municipality", "address", "location", "online", "url", "rooms", "closed"]
    static let roomKeys = ["id", "name", "capacity", "features"]

    func load(_ root: Node) -> Result {
        var result = Result()
        guard let nodes = reader.sequence(root, key: nil) else {
            result.isComplete = false
            return result
        }
        for node in nodes {
            if let venue = readVenue(node, into: &result) {
                result.venues.append(venue)
            } else {
                result.isComplete = false
            }
        }
        return result
    }

    private func readVenue(_ node: Node, into result: inout Result) -> Venue? {
        guard let map = reader.mapping(node, path: "", key: nil, allowed: Self.keys) else { return nil }
        let id: Venue.ID? = map.id("id", required: true)
        if let id { result.declared.declare(id, at: map.location(of: "id"), key: "id", kind: "venue", log: reader.log) }
        let name = map.text("name", required: true)
        let isOnline = map.bool("online") ?? false
        let coordinate = CoordinateReader(reader: reader).coordinate(in: map, required: !isOnline)
        let url = map.text("url")
        let closed =
            map.items("closed")?.compactMap { node -> DateRange? in
                guard
                    let period = reader.mapping(node, path: "closed.", key: "closed", allowed: ["date", "from", "to"])
                else { return nil }
                return DateRangeReader(reader: reader).dates(in: period)
            } ?? []
        var rooms: [Room] = []
        if let nodes = map.items("rooms", required: true) {
            if nodes.isEmpty {
                reader.log.add(map.location(of: "rooms"), key: "rooms", "a venue needs at least one room")
            }
            for node in nodes {
                if let room = readRoom(node, venue: id, isOnline: isOnline, declared: &result.rooms) {
                    rooms.append(room)
                } else {
                    result.isComplete = false
                }
            }
        }
        guard let id, let name, isOnline || coordinate != nil else { return nil }
        return Venue(
            id: id,
            name: name,
            municipality: map.text("municipality"),
            address: map.text("address"),
            coordinate: coordinate,
            isOnline: isOnline,
            urlTemplate: url,
            rooms: rooms,
            closed: closed,
            location: map.location
        )
    }

    private func readRoom(_ node: Node, venue: Venue.ID?, isOnline: Bool, declared: inout DeclaredIDs<Room>) -> Room? {
        guard let map = reader.mapping(node, path: "rooms.", key: "rooms", allowed: Self.roomKeys) else { return nil }
        let localID: Room.ID? = map.id("id", required: true)
        if let venue, let localID {
            declared.declare(
                Room.qualifiedID(venue: venue, room: localID.rawValue),
                at: map.location(of: "id"),
                key: "rooms.id",
                kind: "room",
                log: reader.log
            )
        }
        let capacity = map.int("capacity", required: true)
        if let capacity, capacity <= 0 {
            reader.log.add(
                map.location(of: "capacity"),
                key: "rooms.capacity",
                "a room holds at least 1 person, found \(capacity)"
            )
        } else if let capacity, capacity > 100_000 {
            reader.log.add(
                map.location(of: "capacity"),
                key: "rooms.capacity",
                "a room holds at most 100000 people, found \(capacity)"
            )
        }
        let features = map.textList("features")
        guard let venue, let localID, let capacity, (1...100_000).contains(capacity) else { return nil }
        return Room(
            venue: venue,
            localID: localID.rawValue,
            name: map.text("name") ?? localID.rawValue,
            capacity: capacity,
            features: features ?? [],
            isOnline: isOnline
        )
    }
}
