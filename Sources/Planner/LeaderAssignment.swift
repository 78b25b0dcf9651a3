import Catalogue

/// Gives each circle without a leader a qualified one.
///
/// A leader should live within reach of the venue (trainers travel too), be free
/// on an evening that all the circle's members are free on (`FreeEvenings`), not be a participant of the
/// same circle, and not carry more circles than others: each circle goes to the
/// qualified person within reach with the fewest sessions so far, nearest first.
/// Circles whose qualification is scarcest are served first, so that the few who
/// hold it are not used up by courses that had other choices. The solver then
/// finds times that fit everybody; a leader's load is only balanced here.
struct LeaderAssignment {
    let workspace: Workspace
    private let geography: Geography

    init(workspace: Workspace) {
        self.workspace = workspace
        self.geography = Geography(workspace: workspace)
    }

    func assign(_ circles: inout [FormedCircle]) {
        // Candidates are looked at thousands of times per circle at national scale: they
        // get integer slots (person, association) once, so that the inner loop hashes no ids.
        var slotOf: [Person.ID: Int] = [:]
        var load: [Int] = []
        var qualified: [Qualification: [(person: Person, slot: Int, association: Int)]] = [:]
        let associationIndex = Dictionary(
            workspace.associations.enumerated().map { ($1.id, $0) },
            uniquingKeysWith: { first, _ in first }
        )
        for circle in circles where qualified[circle.course.leaderQualification] == nil {
            qualified[circle.course.leaderQualification] = workspace.people(holding: circle.course.leaderQualification)
                .map { person in
                    let slot =
                        slotOf[person.id]
                        ?? {
                            slotOf[person.id] = load.count
                            load.append(0)
                            return load.count - 1
                        }()
                    return (person, slot, associationIndex[person.association] ?? -1)
                }
        }
        for circle in circles {
            if let leader = circle.leader, let slot = slotOf[leader] { load[slot] += circle.course.sessions }
        }
        var evenings: [Course.ID: FreeEvenings] = [:]
        var masks: [Course.ID: [UInt64]] = [:]
        for circle in circles where evenings[circle.course.id] == nil {
            let free = FreeEvenings(course: circle.course, workspace: workspace)
            evenings[circle.course.id] = free
            masks[circle.course.id] = (qualified[circle.course.leaderQualification] ?? []).map {
                free.mask(of: $0.person)
            }
        }
        let scarcity = circles.map { qualified[$0.course.leaderQualification]?.count ?? 0 }
        let order = circles.indices.sorted { (scarcity[$0], circles[$0].id) < (scarcity[$1], circles[$1].id) }
        let distances = DistanceTable(workspace: workspace, geography: geography)
        let limit = workspace.plan.travel.maxKilometres ?? .infinity
        for index in order where circles[index].leader == nil {
            let circle = circles[index]
            let members = Set(circle.participants.compactMap { slotOf[$0] })
            let candidates = qualified[circle.course.leaderQualification] ?? []
            let candidateMasks = masks[circle.course.id] ?? []
            let free = evenings[circle.course.id].map { evenings in
                circle.participants.reduce(evenings.all) { $0 & evenings.mask(of: workspace.person($1)) }
            }
            let venues = distances.columns(of: circle.venues)
            // Candidates share a few hundred associations: one distance each, not one per candidate.
            var nearest = [Double](repeating: -1, count: workspace.associations.count)
            var best: (rank: LeaderRank, position: Int)? = nil
            for (position, candidate) in candidates.enumerated() where !members.contains(candidate.slot) {
                var km = 0.0
                if candidate.association >= 0 {
                    if nearest[candidate.association] < 0 {
                        nearest[candidate.association] = distances.nearest(candidate.association, among: venues) ?? 0
                    }
                    km = nearest[candidate.association]
                }
                let shares = free.map { candidateMasks[position] & $0 != 0 } ?? true
                let rank = LeaderRank(
                    neverFree: shares ? 0 : 1,
                    outOfReach: km > limit ? 1 : 0,
                    load: load[candidate.slot],
                    kilometres: km
                )
                guard let current = best else {
                    best = (rank, position)
                    continue
                }
                if rank < current.rank
                    || (rank == current.rank && candidate.person.id < candidates[current.position].person.id)
                {
                    best = (rank, position)
                }
            }
            guard let best else { continue }
            let chosen = candidates[best.position]
            circles[index].leader = chosen.person.id
            load[chosen.slot] += circle.course.sessions
        }
    }
}

/// Lower is better: free on an evening all the circle's members are free on, within
/// reach, then least loaded, then nearest (then the lower person id, compared apart
/// so that the inner loop copies no string). Someone who shares no evening still ranks
/// last rather than not at all, so that the plan names them as the blocker.
private struct LeaderRank: Comparable {
    let neverFree: Int
    let outOfReach: Int
    let load: Int
    let kilometres: Double

    static func < (a: LeaderRank, b: LeaderRank) -> Bool {
        (a.neverFree, a.outOfReach, a.load, a.kilometres) < (b.neverFree, b.outOfReach, b.load, b.kilometres)
    }
}

/// Association-to-venue kilometres by index (association and venue positions in the
/// workspace), for the inner loop of leader choice, which would otherwise hash two ids
/// per candidate and venue.
private struct DistanceTable {
    private let venueColumn: [Venue.ID: Int]
    private let venueCount: Int
    /// `kilometres[association * venueCount + venue]`; nil for an online venue.
    private let kilometres: [Double?]

    init(workspace: Workspace, geography: Geography) {
        venueCount = workspace.venues.count
        venueColumn = Dictionary(
            workspace.venues.enumerated().map { ($1.id, $0) },
            uniquingKeysWith: { first, _ in first }
        )
        kilometres = workspace.associations.flatMap { association in
            workspace.venues.map { geography.distance(from: association.id, to: $0.id) }
        }
    }

    func columns(of venues: [Venue.ID]) -> [Int] { venues.compactMap { venueColumn[$0] } }

    /// The shortest distance from association `a` to one of `columns`; nil when none is physical.
    func nearest(_ a: Int, among columns: [Int]) -> Double? {
        var shortest: Double? = nil
        for column in columns {
            if let km = kilometres[a * venueCount + column], shortest.map({ km < $0 }) ?? true { shortest = km }
        }
        return shortest
    }
}
