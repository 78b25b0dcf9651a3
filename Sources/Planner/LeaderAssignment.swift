import Catalogue

/// Gives each circle without a leader a qualified one.
///
/// A leader should live within reach of the venue (trainers travel too), not be a
/// participant of the same circle, and not carry more circles than others: each
/// circle goes to the qualified person within reach with the fewest sessions so
/// far, nearest first. Circles are handled largest course first so that scarce
/// qualifications are spread before they run out. The solver then finds times
/// that fit everybody; a leader's load is only balanced here, not capped.
struct LeaderAssignment {
    let workspace: Workspace

    func assign(_ circles: inout [FormedCircle]) {
        var load: [Person.ID: Int] = [:]
        for circle in circles {
            if let leader = circle.leader { load[leader, default: 0] += circle.course.sessions }
        }
        var qualified: [Qualification: [Person]] = [:]
        let order = circles.indices.sorted { a, b in
            (circles[a].course.sessions * -1, circles[a].id) < (circles[b].course.sessions * -1, circles[b].id)
        }
        for index in order where circles[index].leader == nil {
            let circle = circles[index]
            let qualification = circle.course.leaderQualification
            if qualified[qualification] == nil { qualified[qualification] = workspace.people(holding: qualification) }
            let members = Set(circle.participants)
            let candidates = (qualified[qualification] ?? []).filter { !members.contains($0.id) }
            guard let best = candidates.min(by: { rank($0, for: circle, load: load) < rank($1, for: circle, load: load) })
            else { continue }
            circles[index].leader = best.id
            load[best.id, default: 0] += circle.course.sessions
        }
    }

    /// Lower is better: within reach first, then least loaded, then nearest.
    private func rank(_ person: Person, for circle: FormedCircle, load: [Person.ID: Int]) -> LeaderRank {
        let km = distance(from: person, to: circle)
        let limit = workspace.plan.travel.maxKilometres ?? .infinity
        return LeaderRank(outOfReach: km > limit ? 1 : 0, load: load[person.id] ?? 0, kilometres: km, id: person.id.rawValue)
    }

    /// km from the person's association to the circle's nearest venue (0 when digital).
    private func distance(from person: Person, to circle: FormedCircle) -> Double {
        guard let home = workspace.association(person.association)?.coordinate else { return 0 }
        let distances = circle.venues.compactMap { workspace.venue($0)?.coordinate?.distanceInKilometres(to: home) }
        return distances.min() ?? 0
    }
}

private struct LeaderRank: Comparable {
    let outOfReach: Int
    let load: Int
    let kilometres: Double
    let id: String

    static func < (a: LeaderRank, b: LeaderRank) -> Bool {
        (a.outOfReach, a.load, a.kilometres, a.id) < (b.outOfReach, b.load, b.kilometres, b.id)
    }
}
