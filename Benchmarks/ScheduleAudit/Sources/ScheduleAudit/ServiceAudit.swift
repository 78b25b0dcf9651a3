import Catalogue
import Foundation
import ScheduleFormat

/// Checks what a schedule says about the requests it does not serve, from the
/// workspace and the schedule alone (like `ScheduleChecker`, it shares no code with
/// the planner): that no circle was formed from members without a common evening,
/// and that every unassigned request's reason holds for that person.
public struct ServiceAudit {
    public let workspace: Workspace
    public let schedule: Schedule

    public init(workspace: Workspace, schedule: Schedule) {
        self.workspace = workspace
        self.schedule = schedule
    }

    /// One evening a course can meet on: the weekdays of one week's sessions and the
    /// start times of its window.
    struct Evening: Hashable {
        let days: [Weekday]
        let from: Int
        let to: Int
    }

    // MARK: - Evenings

    func evenings(of course: Course) -> [Evening] {
        var result: [Evening] = []
        for id in course.windows {
            guard let window = workspace.window(id) else { continue }
            for first in window.days {
                var days = [first]
                if course.cadence == .days {
                    days = (0..<course.sessions).map { Weekday(rawValue: (first.rawValue - 1 + $0) % 7 + 1)! }
                    if !days.allSatisfy(window.days.contains) { continue }
                }
                result.append(
                    Evening(days: days, from: window.from.minutesSinceMidnight, to: window.to.minutesSinceMidnight)
                )
            }
        }
        return result
    }

    /// Whether `person` has a start time on `evening` that no weekly entry rules out.
    func isFree(_ person: Person, on evening: Evening, length: Int) -> Bool {
        var start = evening.from
        while start + length <= evening.to {
            let end = start + length
            let blocked = evening.days.contains { day in
                person.unavailable.contains { entry in
                    switch entry {
                    case .weekday(let d): d == day
                    case .hours(let d, let from, let to):
                        d == day && start < to.minutesSinceMidnight && from.minutesSinceMidnight < end
                    default: false
                    }
                }
            }
            if !blocked { return true }
            start += 30
        }
        return false
    }

    func freeEvenings(_ id: Person.ID, _ course: Course) -> Set<Evening> {
        guard let person = workspace.person(id) else { return [] }
        return Set(evenings(of: course).filter { isFree(person, on: $0, length: course.length) })
    }

    /// Circles (placed or not) whose participants share no evening of their course.
    public func circlesWithoutCommonEvening() -> [String] {
        schedule.circles.compactMap { circle in
            guard let course = workspace.course(circle.course), !circle.participants.isEmpty else {
                return nil
            }
            let shared = circle.participants.dropFirst().reduce(freeEvenings(circle.participants[0], course)) {
                $0.intersection(freeEvenings($1, course))
            }
            return shared.isEmpty ? circle.id.rawValue : nil
        }
    }

    // MARK: - Reach

    private func kilometres(_ person: Person.ID, _ venue: Venue) -> Double? {
        guard let home = workspace.person(person).flatMap({ workspace.association($0.association) }),
            let at = venue.coordinate
        else { return nil }
        return home.coordinate.distanceInKilometres(to: at)
    }

    private func reaches(_ person: Person.ID, _ venue: Venue) -> Bool {
        guard let km = kilometres(person, venue) else { return false }
        return km <= (workspace.plan.travel.maxKilometres ?? .infinity)
    }

    private func suitableVenues(_ course: Course) -> [Venue] {
        workspace.venues.filter { venue in
            !venue.isOnline
                && venue.rooms.contains {
                    $0.capacity >= course.participants.lowerBound + 1
                        && course.roomRequirement.features.allSatisfy($0.features.contains)
                }
        }
    }

    /// Everyone who asked for `course`, once each.
    private func requesters(_ course: Course) -> [Person.ID] {
        var seen = Set<Person.ID>()
        return workspace.enrolments(for: course.id).map(\.person).filter { seen.insert($0).inserted }
    }

    // MARK: - Reasons

    /// Every unassigned request whose reason does not hold for that person, with why.
    public func wrongReasons() -> [String] {
        schedule.unassigned.compactMap { request in
            guard let course = workspace.course(request.course) else { return "unknown course" }
            let problem = check(request, course)
            return problem.map { "\(request.person) (\(request.course)): \"\(request.reason)\": \($0)" }
        }
    }

    private func check(_ request: UnassignedRequest, _ course: Course) -> String? {
        let person = request.person
        let reason = request.reason
        let minimum = course.participants.lowerBound
        let digital = course.format == .digital
        let venues = suitableVenues(course).filter { reaches(person, $0) }
        var others = requesters(course).filter { $0 != person }
        // A count that leaves out the members of the organiser's circles (circles.yaml).
        if reason.contains("(not counting those in circles set in circles.yaml)") {
            let fixed = Set(workspace.fixedCircles.map(\.id))
            let seated = Set(
                schedule.circles.filter { $0.course == course.id && fixed.contains($0.id) }.flatMap(\.participants)
            )
            others.removeAll { seated.contains($0) }
        }
        if reason.hasPrefix("no venue within") {
            return venues.isEmpty ? nil : "reaches \(venues.map(\.id.rawValue))"
        }
        if reason.hasPrefix("only "), reason.contains("for this digital course") {
            return others.count + 1 < minimum ? nil : "\(others.count + 1) asked"
        }
        if reason.hasPrefix("only "), reason.contains("can reach") {
            for venue in venues where others.filter({ reaches($0, venue) }).count + 1 >= minimum {
                return "enough people reach \(venue.id)"
            }
            return nil
        }
        let mine = freeEvenings(person, course)
        if reason.hasPrefix("unavailable on every evening") {
            return mine.isEmpty ? nil : "free on \(mine.count) evenings"
        }
        if reason.hasPrefix("no evening they are free on") {
            let groups = digital ? [others] : venues.map { venue in others.filter { reaches($0, venue) } }
            for group in groups {
                for evening in mine {
                    let free = group.filter { freeEvenings($0, course).contains(evening) }.count
                    if free + 1 >= minimum { return "\(free) others share \(evening.days)" }
                }
            }
            return nil
        }
        if reason.hasPrefix("every circle of this course within reach is full, or meets when they are not free")
            || reason.hasPrefix("the circle formed for them (")
            || reason.hasPrefix("the times they are unavailable leave no series they share with the others")
        {
            if reason.hasPrefix("the circle formed for them (") {
                let id = reason.dropFirst("the circle formed for them (".count).prefix { $0 != ")" }
                if schedule.circles.contains(where: { $0.id.rawValue == id }) { return "\(id) is still in the plan" }
            }
            for circle in placed(course) where fitsIn(person, circle, course) {
                return "could join \(circle.id)"
            }
            return nil
        }
        if reason.hasPrefix("every circle of this course within reach is full, meets when they are not free") {
            for circle in placed(course) where fitsIn(person, circle, course) && keepsOrder(person, circle, course) {
                return "could join \(circle.id)"
            }
            return nil
        }
        if reason.hasPrefix("their circle "), reason.contains("(of a course in the course order with this one)") {
            let theirs = reason.dropFirst("their circle ".count).prefix { $0 != " " }
            guard let other = schedule.circles.first(where: { $0.id.rawValue == theirs }),
                other.participants.contains(person),
                let otherCourse = workspace.course(other.course),
                course.after.contains(otherCourse.id) || otherCourse.after.contains(course.id)
            else { return "not in a circle \(theirs) of a course in the order" }
            for circle in placed(course) where fitsIn(person, circle, course) && keepsOrder(person, circle, course) {
                return "could join \(circle.id)"
            }
            return nil
        }
        if reason.hasPrefix("born ") {
            let born = workspace.person(person)?.born ?? 0
            let first = course.terms.compactMap(workspace.term).map(\.from.year).min() ?? 0
            return first - born < 13 ? nil : "is \(first - born)"
        }
        return "no check for this reason"
    }

    /// Whether `person` in `circle` keeps the `after` order with their other circles.
    private func keepsOrder(_ person: Person.ID, _ circle: PlannedCircle, _ course: Course) -> Bool {
        guard let first = circle.sessions.first?.start.instant, let last = circle.sessions.last?.end.instant else {
            return false
        }
        return schedule.circles.filter { $0.participants.contains(person) && $0.id != circle.id }.allSatisfy { other in
            guard let otherCourse = workspace.course(other.course),
                let otherFirst = other.sessions.first?.start.instant, let otherLast = other.sessions.last?.end.instant
            else { return true }
            if course.after.contains(otherCourse.id) { return otherLast <= first }
            if otherCourse.after.contains(course.id) { return last <= otherFirst }
            return true
        }
    }

    private func placed(_ course: Course) -> [PlannedCircle] {
        schedule.circles.filter { $0.course == course.id && !$0.sessions.isEmpty }
    }

    private func seats(_ circle: PlannedCircle, _ course: Course) -> Int {
        let room = circle.sessions.first.flatMap { workspace.room($0.room) }
        return min(course.participants.upperBound, (room?.capacity ?? 0) - 1) - circle.participants.count
    }

    private func inReach(_ person: Person.ID, _ circle: PlannedCircle, _ course: Course) -> Bool {
        course.format != .inPerson
            || circle.venue.flatMap { workspace.venue($0) }.map { reaches(person, $0) } ?? false
    }

    /// Whether the person could sit in `circle` as it is placed: a seat, within reach,
    /// free at every session and in no other circle then.
    private func fitsIn(_ person: Person.ID, _ circle: PlannedCircle, _ course: Course) -> Bool {
        guard inReach(person, circle, course), seats(circle, course) > 0,
            let someone = workspace.person(person)
        else { return false }
        let mine = schedule.circles.filter { $0.participants.contains(person) || $0.leader == person }
            .flatMap(\.sessions)
        for session in circle.sessions {
            let date = session.start.date
            if !someone.isAvailable(on: date, from: session.start.time, to: session.end.time) { return false }
            if mine.contains(where: { $0.start.instant < session.end.instant && session.start.instant < $0.end.instant }
            ) {
                return false
            }
        }
        return true
    }
}
