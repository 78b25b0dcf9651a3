import Catalogue
import Foundation
import ScheduleFormat

/// Re-verifies every hard rule of the spec ("What the planner guarantees") from the
/// schedule JSON and the workspace alone. Written apart from the planner and the
/// solver on purpose: it shares none of their code, so a bug in their scoring cannot
/// hide itself here.
public struct ScheduleChecker {
    public let workspace: Workspace
    public let schedule: Schedule

    public init(workspace: Workspace, schedule: Schedule) {
        self.workspace = workspace
        self.schedule = schedule
    }

    /// Every broken rule, one sentence each; empty when the schedule is valid.
    public func violations() -> [String] {
        var found: [String] = []
        var busy: [String: [(start: Int, end: Int, circle: Circle.ID)]] = [:]
        let holidays = holidayDates()
        for circle in schedule.circles {
            guard let course = workspace.course(circle.course) else {
                found.append("\(circle.id): unknown course \(circle.course)")
                continue
            }
            let placed = !circle.sessions.isEmpty
            if placed && circle.sessions.count != course.sessions {
                found.append("\(circle.id): \(circle.sessions.count) sessions, the course has \(course.sessions)")
            }
            let size = circle.participants.count + 1
            if course.abf == .studyCircle && (size < 3 || size > 20) {
                found.append("\(circle.id): \(size) people with the leader, ABF allows 3 to 20")
            }
            guard placed else { continue }
            guard let leaderID = circle.leader, let leader = workspace.person(leaderID) else {
                found.append("\(circle.id): placed without a known leader")
                continue
            }
            if !leader.qualifications.contains(course.leaderQualification) {
                found.append("\(circle.id): leader \(leaderID) lacks \(course.leaderQualification)")
            }
            guard let term = workspace.term(circle.term), course.terms.contains(term.id) else {
                found.append("\(circle.id): term \(circle.term) is not one of the course's")
                continue
            }
            var dates: [LocalDate] = []
            var weekCount: [Int: Int] = [:]
            for session in circle.sessions {
                let (date, start) = (session.start.date, session.start.minutes)
                let (endDate, end) = (session.end.date, session.end.minutes)
                dates.append(date)
                weekCount[(date.daysSinceEpoch + 3 + 7000) / 7, default: 0] += 1
                let what = "\(circle.id) session \(session.number) (\(session.start))"
                if endDate != date || end - start != course.length { found.append("\(what): wrong length") }
                if !term.contains(date) { found.append("\(what): outside term \(term.id)") }
                let inWindow = course.windows.compactMap(workspace.window).contains { window in
                    window.days.contains(date.weekday) && start >= window.from.minutesSinceMidnight
                        && end <= window.to.minutesSinceMidnight
                }
                if !inWindow { found.append("\(what): outside the course's windows") }
                if holidays.contains(date) { found.append("\(what): on a public holiday") }
                for blackout in workspace.plan.blackouts where blackout.dates.contains(date) {
                    if !(blackout.unlessTag.map(course.tags.contains) ?? false) {
                        found.append("\(what): in blackout '\(blackout.reason)'")
                    }
                }
                if let deadline = course.deadline, date >= deadline {
                    found.append("\(what): not before deadline \(deadline.iso)")
                }
                // Rooms.
                let roomID = session.room
                if let room = workspace.room(roomID), let venue = workspace.venue(room.venue) {
                    if room.capacity < size {
                        found.append("\(what): room \(room.id) holds \(room.capacity), needs \(size)")
                    }
                    if !course.roomRequirement.features.allSatisfy(room.features.contains) {
                        found.append("\(what): room \(room.id) lacks a required feature")
                    }
                    if venue.closed.contains(where: { $0.contains(date) }) {
                        found.append("\(what): venue \(venue.id) closed")
                    }
                    if !venue.isOnline {
                        busy["room " + room.id.rawValue, default: []].append(
                            (absolute(date, start), absolute(date, end), circle.id)
                        )
                    }
                    if course.format == .inPerson, let limit = workspace.plan.travel.maxKilometres,
                        let at = venue.coordinate
                    {
                        for participant in circle.participants {
                            guard let person = workspace.person(participant),
                                let home = workspace.association(person.association)
                            else { continue }
                            let km = kilometres(home.coordinate, at)
                            if km > limit { found.append("\(what): \(participant) lives \(Int(km)) km away") }
                        }
                    }
                } else {
                    found.append("\(what): unknown room \(session.room)")
                }
                // People.
                for personID in circle.participants + [leaderID] {
                    busy["person " + personID.rawValue, default: []].append(
                        (absolute(date, start), absolute(date, end), circle.id)
                    )
                    if let person = workspace.person(personID), !available(person, date, start, end) {
                        found.append("\(what): \(personID) is marked unavailable")
                    }
                }
            }
            let allowed = course.cadence.daysApart
            for (a, b) in zip(dates, dates.dropFirst()) where !allowed.contains(a.days(to: b)) {
                found.append("\(circle.id): \(a.iso) to \(b.iso) breaks the \(course.cadence.rawValue) cadence")
            }
            if course.abf == .studyCircle {
                for (_, meetings) in weekCount where meetings > 3 || meetings * (course.length / 45) > 12 {
                    found.append("\(circle.id): more than ABF allows in one week")
                }
            }
        }
        found += overlaps(busy)
        found += afterOrder()
        found += enrolmentCoverage()
        return found
    }

    // MARK: - Rules across circles

    private func overlaps(_ busy: [String: [(start: Int, end: Int, circle: Circle.ID)]]) -> [String] {
        var found: [String] = []
        for (who, slots) in busy {
            let sorted = slots.sorted { $0.start < $1.start }
            for (a, b) in zip(sorted, sorted.dropFirst()) where b.start < a.end {
                found.append("\(who) is in \(a.circle) and \(b.circle) at once")
            }
        }
        return found.sorted()
    }

    private func afterOrder() -> [String] {
        var found: [String] = []
        for circle in schedule.circles where !circle.sessions.isEmpty {
            guard let course = workspace.course(circle.course), !course.after.isEmpty,
                let start = circle.sessions.first.map({ ($0.start.date, $0.start.minutes) })
            else { continue }
            for earlier in schedule.circles
            where course.after.contains(earlier.course) && !earlier.sessions.isEmpty {
                let shared = Set(earlier.participants).intersection(circle.participants)
                guard !shared.isEmpty, let end = earlier.sessions.last.map({ ($0.end.date, $0.end.minutes) }) else {
                    continue
                }
                if absolute(end.0, end.1) > absolute(start.0, start.1) {
                    found.append("\(circle.id) starts before \(earlier.id) ends, though they share participants")
                }
            }
        }
        return found
    }

    private func enrolmentCoverage() -> [String] {
        var found: [String] = []
        for enrolment in workspace.enrolments {
            let person = enrolment.person
            let course = enrolment.course
            let inCircle = schedule.circles.contains { $0.course == course && $0.participants.contains(person) }
            let listed = schedule.unassigned.contains {
                $0.course == course && $0.person == person && !$0.reason.isEmpty
            }
            if !inCircle && !listed {
                found.append("\(person) asked for \(course) but is neither in a circle nor unassigned")
            }
            if inCircle && listed { found.append("\(person) is both in a circle of \(course) and unassigned") }
        }
        for session in schedule.unplaced where session.reasons.isEmpty || session.reasons.contains(where: \.isEmpty) {
            found.append("\(session.circle) session \(session.session) is unplaced without a reason")
        }
        return found
    }

    // MARK: - Facts computed here, independently

    /// The date and minutes of a session time, read from the text the JSON holds.
    private func absolute(_ date: LocalDate, _ minutes: Int) -> Int { date.daysSinceEpoch * 1440 + minutes }

    private func available(_ person: Person, _ date: LocalDate, _ start: Int, _ end: Int) -> Bool {
        person.unavailable.allSatisfy { entry in
            switch entry {
            case .weekday(let day): date.weekday != day
            case .date(let day): date != day
            case .dates(let range): !range.contains(date)
            case .hours(let day, let from, let to):
                date.weekday != day || end <= from.minutesSinceMidnight || to.minutesSinceMidnight <= start
            }
        }
    }

    private func holidayDates() -> Set<LocalDate> {
        guard workspace.plan.holidays != nil else { return [] }
        let years = Set(workspace.plan.terms.flatMap { [$0.from.year, $0.to.year] })
        return Set(years.flatMap { SwedishHolidays.holidays(in: $0).map(\.date) })
    }

    private func kilometres(_ a: Coordinate, _ b: Coordinate) -> Double {
        let rad = Double.pi / 180
        let dLat = (b.latitude - a.latitude) * rad
        let dLon = (b.longitude - a.longitude) * rad
        let h =
            sin(dLat / 2) * sin(dLat / 2) + cos(a.latitude * rad) * cos(b.latitude * rad) * sin(dLon / 2)
            * sin(dLon / 2)
        return 2 * 6371.0088 * asin(min(1, sqrt(h)))
    }
}
