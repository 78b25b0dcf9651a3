import Catalogue

/// The plan as the organiser reads it on the terminal: per term and course the
/// circles with weekday, time, venue, leader and size; then everything unplaced
/// or unassigned with its reasons. Names appear here (it is the organiser's own
/// terminal), never in public output.
public struct PlanSummary: CustomStringConvertible {
    public let schedule: Schedule
    public let workspace: Workspace
    public let moved: [MovedSession]

    public init(schedule: Schedule, workspace: Workspace, moved: [MovedSession] = []) {
        self.schedule = schedule
        self.workspace = workspace
        self.moved = moved
    }

    public var description: String {
        var lines: [String] = []
        let placed = schedule.circles.filter { !$0.sessions.isEmpty }
        for term in workspace.plan.terms {
            let inTerm = placed.filter { $0.term == term.id }
            guard !inTerm.isEmpty else { continue }
            lines.append("\(term.name) (\(term.id))")
            for course in workspace.courses {
                let circles = inTerm.filter { $0.course == course.id }
                guard !circles.isEmpty else { continue }
                lines.append(
                    "  \(course.title) (\(course.id)), \(circles.count) \(circles.count == 1 ? "circle" : "circles")"
                )
                for circle in circles { lines.append("    " + line(for: circle, course: course)) }
            }
        }
        if !schedule.unplaced.isEmpty {
            lines.append("Not placed:")
            var seen = Set<Circle.ID>()
            for session in schedule.unplaced where seen.insert(session.circle).inserted {
                let count = schedule.unplaced.filter { $0.circle == session.circle }.count
                let kind = session.kind.map { "\($0.phrase): " } ?? ""
                lines.append(
                    "  \(session.circle) (\(count) \(count == 1 ? "session" : "sessions")): \(kind)\(session.reasons.joined(separator: "; "))"
                )
            }
        }
        if !schedule.unassigned.isEmpty {
            lines.append("Not in any circle:")
            for request in schedule.unassigned {
                lines.append("  \(request.person) (\(request.course)): \(request.reason)")
            }
        }
        if !moved.isEmpty {
            lines.append("Published sessions moved:")
            lines += moved.map { "  \($0)" }
        }
        let sessions = placed.reduce(0) { $0 + $1.sessions.count }
        var kinds: [UnplacedKind: Set<Circle.ID>] = [:]
        for session in schedule.unplaced { kinds[session.kind ?? .cannotMeet, default: []].insert(session.circle) }
        let byKind = [UnplacedKind.cannotMeet, .crowdedOut].compactMap { kind in
            kinds[kind].map { "\($0.count) \(kind.phrase)" }
        }
        lines.append(
            "\(placed.count) circles with \(sessions) sessions placed; \(Set(schedule.unplaced.map(\.circle)).count) circles not placed"
                + (byKind.isEmpty ? "" : " (\(byKind.joined(separator: ", ")))") + "; "
                + "\(schedule.unassigned.count) requests not in a circle; score hard \(schedule.score.hard), soft \(schedule.score.soft)"
        )
        return lines.joined(separator: "\n")
    }

    private func line(for circle: PlannedCircle, course: Course) -> String {
        let first = circle.sessions[0]
        let weekday = first.start.date.weekday.code
        let start = first.start.time
        let end = first.end.time
        let from = first.start.date
        let venue = circle.venue.flatMap { workspace.venue($0)?.name } ?? "-"
        let leader = circle.leader.flatMap { id in workspace.person(id).map { "\($0.name) (\(id))" } } ?? "-"
        return
            "\(circle.id): \(weekday) \(start)–\(end) from \(from), \(venue), \(first.room), leader \(leader), \(circle.participants.count) participants"
    }
}
