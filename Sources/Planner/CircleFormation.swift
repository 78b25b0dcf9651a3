import Catalogue

/// Groups the people who asked for a course into circles.
///
/// Rules, in order:
/// - circles of `circles.yaml` are kept as given; those without a participant list
///   take the nearest requests that can reach their venue;
/// - an in-person circle only holds people whose association lies within
///   `travel.max_km` of a venue that all of them can reach (neighbouring
///   associations share a circle when that is what makes one possible);
/// - a circle holds `participants.min ... participants.max` people and fits a room;
/// - whoever cannot be placed gets an `UnassignedRequest` with the reason.
///
/// People are gathered at "hubs": venues chosen greedily to reach the most
/// requests, then each person goes to the nearest open hub and hubs too small to
/// form a circle are closed and their people moved, until nothing changes. This is
/// simple, deterministic and fast at 30,000 people, and it keeps members of one
/// association together.
struct CircleFormation {
    let workspace: Workspace
    private let geography: Geography

    init(workspace: Workspace) {
        self.workspace = workspace
        self.geography = Geography(workspace: workspace)
    }

    func form() -> FormationResult {
        var result = FormationResult()
        var usedIDs = Set(workspace.fixedCircles.map(\.id))
        for course in workspace.courses {
            form(course, into: &result, usedIDs: &usedIDs)
        }
        return result
    }

    // MARK: - One course

    private func form(_ course: Course, into result: inout FormationResult, usedIDs: inout Set<Circle.ID>) {
        var requests = uniqueRequests(for: course)
        let fixed = workspace.fixedCircles.filter { $0.course == course.id }
        // People named by a fixed circle are placed, whatever the enrolments say.
        let named = Set(fixed.flatMap { $0.participants ?? [] })
        requests.removeAll { named.contains($0) }

        var open: [Person.ID] = []
        for person in requests {
            if let reason = ineligibility(of: person, for: course) {
                result.unassigned.append(
                    UnassignedRequest(person: person, course: course.id, reason: reason)
                )
            } else {
                open.append(person)
            }
        }

        for circle in fixed {
            var participants = circle.participants ?? []
            if circle.participants == nil {
                participants = takeRequests(for: circle, course: course, from: &open)
            }
            let venues = circle.venue.map { [$0] } ?? commonVenues(of: participants, course: course)
            result.circles.append(
                FormedCircle(
                    id: circle.id,
                    course: course,
                    terms: [workspace.term(circle.term)].compactMap { $0 },
                    participants: participants,
                    leader: circle.leader,
                    venues: venues,
                    fixed: circle,
                    homeAssociation: homeAssociation(of: participants)
                )
            )
        }

        // Who is in one of the organiser's circles is not counted among those who could
        // form another: a reason that says how few asked says so.
        let uncounted = result.circles.contains {
            $0.fixed != nil && $0.course.id == course.id && !$0.participants.isEmpty
        }
        let countNote = uncounted ? " " + Self.notCountingFixed : ""
        if course.format == .digital {
            formDigital(course, people: open, countNote: countNote, into: &result, usedIDs: &usedIDs)
        } else {
            formInPerson(course, people: open, countNote: countNote, into: &result, usedIDs: &usedIDs)
        }
    }

    /// Each person once, in file order (a repeated row is not a second request).
    private func uniqueRequests(for course: Course) -> [Person.ID] {
        var seen = Set<Person.ID>()
        return workspace.enrolments(for: course.id).map(\.person).filter { seen.insert($0).inserted }
    }

    /// Why `person` may not join any circle of `course`, or nil.
    private func ineligibility(of person: Person.ID, for course: Course) -> String? {
        guard course.abf == .studyCircle, let born = workspace.person(person)?.born,
            let firstYear = workspace.terms(of: course).map(\.from.year).min()
        else { return nil }
        if firstYear - born < 13 {
            return "born \(born): ABF study circles are for people who are at least 13"
        }
        return nil
    }

    /// Fills a fixed circle without a participant list from the open requests:
    /// those who can reach its venue, nearest first, up to the course's maximum.
    private func takeRequests(for circle: FixedCircle, course: Course, from open: inout [Person.ID]) -> [Person.ID] {
        let capacity = course.participants.upperBound
        var candidates = open
        if course.format == .inPerson, let venue = circle.venue {
            candidates = open.filter { geography.reaches($0, venue) }
        }
        if let venue = circle.venue {
            candidates.sort { (geography.distance($0, venue) ?? 0, $0) < (geography.distance($1, venue) ?? 0, $1) }
        }
        let taken = Array(candidates.prefix(capacity))
        let takenSet = Set(taken)
        open.removeAll { takenSet.contains($0) }
        return taken
    }

    // MARK: - Digital courses

    private func formDigital(
        _ course: Course,
        people: [Person.ID],
        countNote: String,
        into result: inout FormationResult,
        usedIDs: inout Set<Circle.ID>
    ) {
        let capacity = min(course.participants.upperBound, geography.largestOnlineRoom - 1)
        guard capacity >= course.participants.lowerBound else {
            unassign(
                people,
                course,
                "no online room holds a circle of \(course.participants.lowerBound) and the leader",
                into: &result
            )
            return
        }
        let evenings = FreeEvenings(course: course, workspace: workspace)
        let masks = Dictionary(uniqueKeysWithValues: people.map { ($0, evenings.mask(of: workspace.person($0))) })
        var (groups, rest) = groupByEvening(
            people,
            masks: masks,
            capacity: capacity,
            minimum: course.participants.lowerBound
        )
        join(&rest, into: &groups, masks: masks, capacity: capacity) { _, _ in true }
        for person in rest {
            if people.count < course.participants.lowerBound {
                let reason = tooFewReason(
                    count: people.count,
                    course: course,
                    where: "for this digital course\(countNote)"
                )
                result.unassigned.append(
                    UnassignedRequest(person: person, course: course.id, reason: reason)
                )
            } else {
                note(person, course, masks: masks, evenings: evenings, others: [people], into: &result)
            }
        }
        for (index, group) in groups.map(\.members).enumerated() {
            result.circles.append(
                FormedCircle(
                    id: nextID(base: course.id.rawValue, number: index + 1, used: &usedIDs),
                    course: course,
                    terms: workspace.terms(of: course),
                    participants: group,
                    leader: nil,
                    venues: [],
                    fixed: nil,
                    homeAssociation: homeAssociation(of: group)
                )
            )
        }
    }

    // MARK: - In-person and hybrid courses

    private func formInPerson(
        _ course: Course,
        people: [Person.ID],
        countNote: String,
        into result: inout FormationResult,
        usedIDs: inout Set<Circle.ID>
    ) {
        let suitable = geography.venues(suitableFor: course)
        guard !suitable.isEmpty else {
            unassign(people, course, "no venue has \(roomNeeds(course))", into: &result)
            return
        }
        // Hybrid circles gather people near a venue too, but whoever lives too far
        // joins remotely instead of being left out.
        let hybrid = course.format == .hybrid
        var reach: [Person.ID: [Venue.ID]] = [:]
        var placeable: [Person.ID] = []
        // Reach depends on the association alone: worked out once for each (at national
        // scale thousands of requests share a few hundred associations).
        var reachOfAssociation: [Association.ID?: [Venue.ID]] = [:]
        for person in people {
            let association = geography.association(of: person)
            var venues: [Venue.ID]
            if let known = reachOfAssociation[association] {
                venues = known
            } else {
                venues = geography.reachable(from: association, among: suitable, limited: true)
                if venues.isEmpty && hybrid {
                    venues = geography.reachable(from: association, among: suitable, limited: false)
                }
                reachOfAssociation[association] = venues
            }
            if venues.isEmpty {
                let home = geography.associationName(of: person)
                let km = workspace.plan.travel.maxKilometres.map { "\(Int($0)) km" } ?? "reach"
                result.unassigned.append(
                    UnassignedRequest(
                        person: person,
                        course: course.id,
                        reason: "no venue within \(km) of \(home) has \(roomNeeds(course))"
                    )
                )
            } else {
                reach[person] = venues
                placeable.append(person)
            }
        }

        let minimum = course.participants.lowerBound
        let evenings = FreeEvenings(course: course, workspace: workspace)
        let masks = Dictionary(uniqueKeysWithValues: placeable.map { ($0, evenings.mask(of: workspace.person($0))) })
        let hubs = chooseHubs(for: placeable, reach: reach, minimum: minimum)
        var groups: [EveningGroup] = []
        var rest: [Person.ID] = []
        for hub in hubs.order {
            let members = hubs.members[hub] ?? []
            let capacity = min(course.participants.upperBound, geography.largestRoom(at: hub, for: course) - 1)
            let ordered = members.sorted { geography.groupingKey($0, hub) < geography.groupingKey($1, hub) }
            var (formed, left) = groupByEvening(ordered, masks: masks, capacity: capacity, minimum: minimum)
            for index in formed.indices { formed[index].hub = hub }
            groups += formed
            rest += left
        }
        // Whoever is left (no evening shared at their hub, or their hub closed) takes a
        // free seat in a circle at any venue they reach that meets on an evening they
        // are free on, nearest first.
        var left = rest + hubs.leftover
        join(&left, into: &groups, masks: masks, capacity: nil) { person, group in
            group.hub.map { reach[person]?.contains($0) ?? false } ?? false
        }
        var atVenue: [Venue.ID: [Person.ID]] = [:]
        for person in placeable {
            for venue in reach[person] ?? [] { atVenue[venue, default: []].append(person) }
        }
        for person in left {
            let near = reach[person]?.first.flatMap { workspace.venue($0)?.name } ?? "a venue"
            let count =
                hubs.reachCount[person] ?? neighbourCounts(of: [person], among: placeable, reach: reach)[person] ?? 1
            if count < minimum {
                let reason =
                    "only \(count) \(count == 1 ? "person" : "people") who asked for this course can reach \(near) or the venues near it\(countNote); a circle needs at least \(minimum)"
                result.unassigned.append(
                    UnassignedRequest(person: person, course: course.id, reason: reason)
                )
            } else {
                let others = (reach[person] ?? []).map { atVenue[$0] ?? [] }
                note(person, course, masks: masks, evenings: evenings, others: others, into: &result)
            }
        }
        var numbers: [Venue.ID: Int] = [:]
        for formed in groups {
            guard let hub = formed.hub else { continue }
            let group = formed.members
            numbers[hub, default: 0] += 1
            let venues = commonVenues(of: group, course: course).filter { venue in
                group.allSatisfy { person in reach[person]?.contains(venue) ?? false }
            }
            result.circles.append(
                FormedCircle(
                    id: nextID(
                        base: "\(course.id.rawValue)-\(hub.rawValue)",
                        number: numbers[hub] ?? 1,
                        used: &usedIDs
                    ),
                    course: course,
                    terms: workspace.terms(of: course),
                    participants: group,
                    leader: nil,
                    venues: venues.isEmpty ? [hub] : venues,
                    fixed: nil,
                    homeAssociation: homeAssociation(of: group)
                )
            )
        }
    }

    // MARK: - Grouping by shared evenings

    /// Splits `people` (in the order they should stay together) into circles of
    /// `minimum...capacity` whose members all share at least one free evening: the
    /// evening most of those left are free on first, its people split as evenly as
    /// capacity allows, until no evening has `minimum` people left. Those left over
    /// then take a free seat in a group that meets on an evening they are free on.
    private func groupByEvening(
        _ people: [Person.ID],
        masks: [Person.ID: UInt64],
        capacity: Int,
        minimum: Int
    ) -> ([EveningGroup], [Person.ID]) {
        var groups: [EveningGroup] = []
        var left = people
        while left.count >= minimum {
            var counts = [Int](repeating: 0, count: 64)
            for person in left {
                var mask = masks[person] ?? 0
                while mask != 0 {
                    counts[mask.trailingZeroBitCount] += 1
                    mask &= mask - 1
                }
            }
            guard let best = counts.indices.max(by: { (counts[$0], $1) < (counts[$1], $0) }), counts[best] >= minimum
            else { break }
            let bit: UInt64 = 1 << UInt64(best)
            let free = left.filter { (masks[$0] ?? 0) & bit != 0 }
            let (split, rest) = split(free, capacity: capacity, minimum: minimum)
            guard !split.isEmpty else { break }
            for members in split {
                let mask = members.reduce(UInt64.max) { $0 & (masks[$1] ?? 0) }
                groups.append(EveningGroup(members: members, mask: mask, capacity: capacity))
            }
            let restSet = Set(rest)
            let taken = Set(free).subtracting(restSet)
            left.removeAll { taken.contains($0) }
        }
        join(&left, into: &groups, masks: masks, capacity: nil) { _, _ in true }
        return (groups, left)
    }

    /// Moves each of `people` who can into a group with a free seat that shares an
    /// evening with them and that `fits` allows, nearest hub first (first group for
    /// digital courses); those moved leave `people`.
    private func join(
        _ people: inout [Person.ID],
        into groups: inout [EveningGroup],
        masks: [Person.ID: UInt64],
        capacity: Int?,
        fits: (Person.ID, EveningGroup) -> Bool
    ) {
        people.removeAll { person in
            let mask = masks[person] ?? 0
            let open = groups.indices.filter { index in
                let group = groups[index]
                return group.members.count < (capacity ?? group.capacity) && group.mask & mask != 0
                    && fits(person, group)
            }
            let best = open.min { a, b in
                let da = groups[a].hub.flatMap { geography.distance(person, $0) } ?? 0
                let db = groups[b].hub.flatMap { geography.distance(person, $0) } ?? 0
                return (da, a) < (db, b)
            }
            guard let best else { return false }
            groups[best].members.append(person)
            groups[best].mask &= mask
            return true
        }
    }

    /// Records why `person`, who can reach enough others, is in no circle: none of
    /// their free evenings is shared by `minimum - 1` others at one venue they reach
    /// (`others`: who can reach each such venue); or, when some is, they wait for a
    /// seat that repair may find once the circles have times.
    private func note(
        _ person: Person.ID,
        _ course: Course,
        masks: [Person.ID: UInt64],
        evenings: FreeEvenings,
        others: [[Person.ID]],
        into result: inout FormationResult
    ) {
        let minimum = course.participants.lowerBound
        let mask = masks[person] ?? 0
        func request(_ reason: String) -> UnassignedRequest {
            UnassignedRequest(person: person, course: course.id, reason: reason)
        }
        guard mask != 0 else {
            result.unassigned.append(
                request("unavailable on every evening this course can meet on (\(evenings.describe(evenings.all)))")
            )
            return
        }
        var most = 0
        for group in others {
            for bit in 0..<evenings.slots.count where mask & (1 << UInt64(bit)) != 0 {
                let free = group.filter { $0 != person && (masks[$0] ?? 0) & (1 << UInt64(bit)) != 0 }.count
                most = max(most, free)
            }
        }
        if most + 1 < minimum {
            result.unassigned.append(
                request(
                    "no evening they are free on (\(evenings.describe(mask))) is shared by enough others: at most \(most) who asked for this course and can reach the same venue; a circle needs at least \(minimum)"
                )
            )
        } else {
            result.awaitingSeat.append(
                request(
                    "every circle of this course within reach is full, or meets when they are not free or are in another circle"
                )
            )
        }
    }

    /// Where each person goes: hubs (venues) chosen greedily by how many requests
    /// they reach, people to their nearest open hub, hubs below `minimum` closed.
    private func chooseHubs(for people: [Person.ID], reach: [Person.ID: [Venue.ID]], minimum: Int) -> Hubs {
        var hubs = Hubs()
        var unhubbed = Set(people)
        var open: [Venue.ID] = []
        // How many not yet hubbed people each venue reaches, kept up to date as hubs open.
        var counts: [Venue.ID: Int] = [:]
        for person in people {
            for venue in reach[person] ?? [] { counts[venue, default: 0] += 1 }
        }
        while !unhubbed.isEmpty {
            guard let best = counts.filter({ $0.value > 0 }).max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) else {
                break
            }
            open.append(best.key)
            for person in people where unhubbed.contains(person) && (reach[person] ?? []).contains(best.key) {
                unhubbed.remove(person)
                for venue in reach[person] ?? [] { counts[venue, default: 0] -= 1 }
            }
        }
        // Nearest open hub for everyone. A hub too small for a circle first borrows
        // people from larger hubs who can reach it too (neighbours share a circle when
        // that is what makes it possible); if it cannot, it closes, smallest first.
        var openSet = Set(open)
        var moved: [Person.ID: Venue.ID] = [:]
        // Hubs that found nobody to borrow; worth asking again only after a hub closes.
        var cannotBorrow = Set<Venue.ID>()
        while true {
            var members: [Venue.ID: [Person.ID]] = [:]
            var leftover: [Person.ID] = []
            for person in people {
                if let hub = moved[person] ?? (reach[person] ?? []).first(where: openSet.contains) {
                    members[hub, default: []].append(person)
                } else {
                    leftover.append(person)
                }
            }
            let small = open.filter { (members[$0]?.count ?? 0) < minimum }
                .sorted { (members[$0]?.count ?? 0, $0) < (members[$1]?.count ?? 0, $1) }
            guard let smallest = small.first else {
                hubs.order = open
                hubs.members = members
                hubs.leftover = leftover
                hubs.reachCount = neighbourCounts(of: leftover, among: people, reach: reach)
                return hubs
            }
            let askable = small.filter { !cannotBorrow.contains($0) }
            if let borrowed = borrow(
                for: askable,
                members: members,
                reach: reach,
                minimum: minimum,
                small: Set(small),
                failed: &cannotBorrow
            ) {
                for person in borrowed.people { moved[person] = borrowed.hub }
                continue
            }
            open.removeAll { $0 == smallest }
            openSet.remove(smallest)
            cannotBorrow.removeAll()
            for (person, hub) in moved where hub == smallest { moved[person] = nil }
        }
    }

    /// For each of `people`, how many requests share at least one reachable venue with them.
    private func neighbourCounts(
        of people: [Person.ID],
        among everyone: [Person.ID],
        reach: [Person.ID: [Venue.ID]]
    ) -> [Person.ID: Int] {
        guard !people.isEmpty else { return [:] }
        var atVenue: [Venue.ID: [Person.ID]] = [:]
        for person in everyone {
            for venue in reach[person] ?? [] { atVenue[venue, default: []].append(person) }
        }
        var counts: [Person.ID: Int] = [:]
        for person in people {
            var neighbours = Set<Person.ID>()
            for venue in reach[person] ?? [] { neighbours.formUnion(atVenue[venue] ?? []) }
            counts[person] = neighbours.count
        }
        return counts
    }

    /// People from other hubs who can reach one of the `small` hubs and whose own hub
    /// stays at `minimum` or more without them, enough to bring that hub to `minimum`.
    private func borrow(
        for hubs: [Venue.ID],
        members: [Venue.ID: [Person.ID]],
        reach: [Person.ID: [Venue.ID]],
        minimum: Int,
        small: Set<Venue.ID>,
        failed: inout Set<Venue.ID>
    ) -> (hub: Venue.ID, people: [Person.ID])? {
        for hub in hubs {
            var need = minimum - (members[hub]?.count ?? 0)
            var spare = members.mapValues { $0.count - minimum }
            var taken: [Person.ID] = []
            let candidates = members.filter { $0.key != hub && !small.contains($0.key) && $0.value.count > minimum }
                .flatMap { donor in donor.value.map { (person: $0, donor: donor.key) } }
                .filter { (reach[$0.person] ?? []).contains(hub) }
                .sorted {
                    (geography.distance($0.person, hub) ?? 0, $0.person) < (
                        geography.distance($1.person, hub) ?? 0, $1.person
                    )
                }
            for candidate in candidates where need > 0 && (spare[candidate.donor] ?? 0) > 0 {
                taken.append(candidate.person)
                spare[candidate.donor, default: 0] -= 1
                need -= 1
            }
            if need == 0 { return (hub, taken) }
            failed.insert(hub)
        }
        return nil
    }

    /// Splits `people` into as few circles as their capacity allows, sizes balanced,
    /// each at least `minimum`; returns those that fit in no circle.
    private func split(_ people: [Person.ID], capacity: Int, minimum: Int) -> ([[Person.ID]], [Person.ID]) {
        guard capacity > 0, people.count >= minimum, !people.isEmpty else { return ([], people) }
        var count = (people.count + capacity - 1) / capacity
        while count > 1 && people.count / count < minimum { count -= 1 }
        let placed = min(people.count, count * capacity)
        var groups: [[Person.ID]] = []
        var start = 0
        for index in 0..<count {
            let size = placed / count + (index < placed % count ? 1 : 0)
            groups.append(Array(people[start..<start + size]))
            start += size
        }
        return (groups, Array(people[placed...]))
    }

    private func unassign(_ people: [Person.ID], _ course: Course, _ reason: String, into result: inout FormationResult)
    {
        for person in people {
            result.unassigned.append(
                UnassignedRequest(person: person, course: course.id, reason: reason)
            )
        }
    }

    /// What a reason that counts requests adds when some who asked are in the organiser's
    /// circles of the course, which take no one else.
    static let notCountingFixed = "(not counting those in circles set in circles.yaml)"

    private func tooFewReason(count: Int, course: Course, where place: String) -> String {
        "only \(count) \(count == 1 ? "person" : "people") asked \(place); a circle needs at least \(course.participants.lowerBound)"
    }

    /// Venues with a suitable room that every one of `people` can reach, nearest to the group first.
    private func commonVenues(of people: [Person.ID], course: Course) -> [Venue.ID] {
        guard course.format != .digital else { return [] }
        let suitable = geography.venues(suitableFor: course)
        // Hybrid: members who live too far join remotely and do not narrow the choice.
        let local =
            course.format == .hybrid
            ? people.filter { person in suitable.contains { geography.reaches(person, $0) } } : people
        // Every common venue is within reach of the first member: start from those few.
        let start = local.first.map { first in suitable.filter { geography.reaches(first, $0) } } ?? suitable
        var common = start.filter { venue in local.allSatisfy { geography.reaches($0, venue) } }
        if common.isEmpty && course.format == .hybrid { common = suitable }
        let total = common.map { venue in
            (kilometres: people.reduce(0.0) { $0 + (geography.distance($1, venue) ?? 0) }, venue: venue)
        }
        return total.sorted { ($0.kilometres, $0.venue) < ($1.kilometres, $1.venue) }.map(\.venue)
    }

    private func homeAssociation(of people: [Person.ID]) -> Association.ID? {
        var counts: [Association.ID: Int] = [:]
        for person in people {
            if let association = workspace.person(person)?.association { counts[association, default: 0] += 1 }
        }
        return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }

    /// "a room for 4 people with projector": the smallest room a circle of the course needs.
    private func roomNeeds(_ course: Course) -> String {
        let features = course.roomRequirement.features
        return "a room for \(course.participants.lowerBound + 1) people"
            + (features.isEmpty ? "" : " with \(features.joined(separator: ", "))")
    }

    private func nextID(base: String, number: Int, used: inout Set<Circle.ID>) -> Circle.ID {
        var number = number
        while true {
            let id = Circle.ID("\(base)-\(number)")
            if used.insert(id).inserted { return id }
            number += 1
        }
    }
}

/// A circle in the making: its members and the evenings they all share.
private struct EveningGroup {
    var members: [Person.ID]
    var mask: UInt64
    /// How many participants its rooms hold.
    let capacity: Int
    /// The venue it gathers at (nil for a digital course).
    var hub: Venue.ID? = nil
}

/// The hub assignment of one course's requests.
private struct Hubs {
    var order: [Venue.ID] = []
    var members: [Venue.ID: [Person.ID]] = [:]
    var leftover: [Person.ID] = []
    /// How many requests share at least one reachable venue with each person.
    var reachCount: [Person.ID: Int] = [:]
}
