import Catalogue

/// Distances between people's associations and venues, and which venues suit a course.
/// Computed once per plan: formation asks these questions thousands of times.
struct Geography: Sendable {
    private let workspace: Workspace
    private let maxKilometres: Double?
    /// Association -> venue -> km, for physical venues only.
    private let kilometres: [Association.ID: [Venue.ID: Double]]
    /// Person -> association, so that distances need no copy of the person.
    private let associationOf: [Person.ID: Association.ID]
    let largestOnlineRoom: Int

    init(workspace: Workspace) {
        self.workspace = workspace
        maxKilometres = workspace.plan.travel.maxKilometres
        var kilometres: [Association.ID: [Venue.ID: Double]] = [:]
        for association in workspace.associations {
            var row: [Venue.ID: Double] = [:]
            for venue in workspace.venues where !venue.isOnline {
                if let coordinate = venue.coordinate {
                    row[venue.id] = association.coordinate.distanceInKilometres(to: coordinate)
                }
            }
            kilometres[association.id] = row
        }
        self.kilometres = kilometres
        associationOf = Dictionary(
            workspace.people.map { ($0.id, $0.association) },
            uniquingKeysWith: { first, _ in first }
        )
        largestOnlineRoom = workspace.venues.filter(\.isOnline).flatMap(\.rooms).map(\.capacity).max() ?? 0
    }

    /// km from `person`'s association to `venue`; nil for an online venue or unknown person.
    func distance(_ person: Person.ID, _ venue: Venue.ID) -> Double? {
        guard let association = associationOf[person] else { return nil }
        return kilometres[association]?[venue]
    }

    /// km from `association` to `venue`; nil for an online venue.
    func distance(from association: Association.ID, to venue: Venue.ID) -> Double? {
        kilometres[association]?[venue]
    }

    /// Whether `person` may be placed at `venue` (always, when the travel limit does not apply).
    func reaches(_ person: Person.ID, _ venue: Venue.ID, limited: Bool = true) -> Bool {
        guard limited, let maxKilometres else { return true }
        guard let km = distance(person, venue) else { return false }
        return km <= maxKilometres
    }

    /// The association `person` belongs to (nil for an unknown person): the one thing
    /// their distances depend on.
    func association(of person: Person.ID) -> Association.ID? { associationOf[person] }

    /// Venues of `among` that members of `association` may be placed at, nearest first.
    /// For nil (an unknown person): none while the travel limit applies, else every venue
    /// in the order of its id.
    func reachable(from association: Association.ID?, among venues: [Venue.ID], limited: Bool) -> [Venue.ID] {
        let row = association.flatMap { kilometres[$0] } ?? [:]
        let limit = limited ? maxKilometres : nil
        return venues.compactMap { venue -> (kilometres: Double, venue: Venue.ID)? in
            let km = row[venue]
            if let limit {
                guard let km, km <= limit else { return nil }
            }
            return (km ?? 0, venue)
        }
        .sorted { ($0.kilometres, $0.venue) < ($1.kilometres, $1.venue) }
        .map(\.venue)
    }

    /// Physical venues with a room that has the course's features and holds a
    /// circle of the course's minimum size and its leader, in file order.
    func venues(suitableFor course: Course) -> [Venue.ID] {
        workspace.venues.filter { venue in
            !venue.isOnline
                && venue.rooms.contains { room in
                    room.hasFeatures(course.roomRequirement.features)
                        && room.capacity >= course.participants.lowerBound + 1
                }
        }.map(\.id)
    }

    /// The largest suitable room at `venue` for `course` (0 if none).
    func largestRoom(at venue: Venue.ID, for course: Course) -> Int {
        workspace.venue(venue)?.rooms.filter { $0.hasFeatures(course.roomRequirement.features) }.map(\.capacity).max()
            ?? 0
    }

    /// Orders a hub's people so that one association's members stay together,
    /// nearest associations first.
    func groupingKey(_ person: Person.ID, _ hub: Venue.ID) -> GroupingKey {
        GroupingKey(
            kilometres: distance(person, hub) ?? 0,
            association: associationOf[person]?.rawValue ?? "",
            person: person.rawValue
        )
    }

    func associationName(of person: Person.ID) -> String {
        workspace.person(person).flatMap { workspace.association($0.association)?.name } ?? "their association"
    }
}

/// Sort key: distance, then association, then person (all total, so the order is stable).
struct GroupingKey: Comparable {
    let kilometres: Double
    let association: String
    let person: String

    static func < (a: GroupingKey, b: GroupingKey) -> Bool {
        (a.kilometres, a.association, a.person) < (b.kilometres, b.association, b.person)
    }
}
