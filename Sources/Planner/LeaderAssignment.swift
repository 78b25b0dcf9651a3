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
        var load: [Person.ID: Int] = [:]
        for circle in circles {
            if let leader = circle.leader { load[leader, default: 0] += circle.course.sessions }
        }
        var qualified: [Qualification: [Person]] = [:]
        for circle in circles where qualified[circle.course.leaderQualification] == nil {
            qualified[circle.course.leaderQualification] = workspace.people(holding: circle.course.leaderQualification)
        }
        var evenings: [Course.ID: FreeEvenings] = [:]
        for circle in circles where evenings[circle.course.id] == nil {
            evenings[circle.course.id] = FreeEvenings(course: circle.course, workspace: workspace)
        }
        let scarcity = circles.map { qualified[$0.course.leaderQualification]?.count ?? 0 }
        let order = circles.indices.sorted { (scarcity[$0], circles[$0].id) < (scarcity[$1], circles[$1].id) }
        for index in order where circles[index].leader == nil {
            let circle = circles[index]
            let members = Set(circle.participants)
            let candidates = (qualified[circle.course.leaderQualification] ?? []).filter { !members.contains($0.id) }
            let free = evenings[circle.course.id].map { evenings in
                circle.participants.reduce(evenings.all) { $0 & evenings.mask(of: workspace.person($1)) }
            }
            // Candidates share a few hundred associations: one distance each, not one per candidate.
            var nearest: [Association.ID: Double] = [:]
            let ranked = candidates.map { person -> (LeaderRank, Person) in
                if nearest[person.association] == nil {
                    nearest[person.association] =
                        circle.venues.compactMap { geography.distance(from: person.association, to: $0) }.min() ?? 0
                }
                let shares =
                    free.map { free in (evenings[circle.course.id]?.mask(of: person) ?? 0) & free != 0 } ?? true
                return (
                    rank(person, kilometres: nearest[person.association] ?? 0, shares: shares, load: load), person
                )
            }
            guard let best = ranked.min(by: { $0.0 < $1.0 })?.1 else { continue }
            circles[index].leader = best.id
            load[best.id, default: 0] += circle.course.sessions
        }
    }

    /// Lower is better: free on an evening all the circle's members are free on
    /// (`shares`), within reach, then least loaded, then nearest. Someone who shares
    /// none still ranks last rather than not at all, so that the plan names them as the blocker.
    private func rank(
        _ person: Person,
        kilometres km: Double,
        shares: Bool,
        load: [Person.ID: Int]
    ) -> LeaderRank {
        let limit = workspace.plan.travel.maxKilometres ?? .infinity
        return LeaderRank(
            neverFree: shares ? 0 : 1,
            outOfReach: km > limit ? 1 : 0,
            load: load[person.id] ?? 0,
            kilometres: km,
            id: person.id.rawValue
        )
    }
}

private struct LeaderRank: Comparable {
    let neverFree: Int
    let outOfReach: Int
    let load: Int
    let kilometres: Double
    let id: String

    static func < (a: LeaderRank, b: LeaderRank) -> Bool {
        (a.neverFree, a.outOfReach, a.load, a.kilometres, a.id) < (
            b.neverFree, b.outOfReach, b.load, b.kilometres, b.id
        )
    }
}
