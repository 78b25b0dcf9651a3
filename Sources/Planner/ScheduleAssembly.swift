import Catalogue

/// Turns one planning run into the `Schedule` of format v1.
struct ScheduleAssembly {
    let context: PlanContext

    func schedule(seed: UInt64, unassigned: [UnassignedRequest]) -> Schedule {
        let workspace = context.workspace
        let timestamps = LocalTimestamp(timeZone: workspace.plan.timeZone)
        var circles: [PlannedCircle] = []
        var unplaced: [UnplacedSession] = []
        for (index, circle) in context.circles.enumerated() {
            let length = circle.course.length
            if let (series, room) = context.placement(of: index) {
                let sessions = series.sessions.enumerated().map { number, session in
                    PlannedSession(
                        number: number + 1,
                        start: timestamps.iso(session.date, minutes: session.start.minutesSinceMidnight),
                        end: timestamps.iso(session.date, minutes: session.start.minutesSinceMidnight + length),
                        room: room?.rawValue ?? "")
                }
                circles.append(PlannedCircle(
                    id: circle.id.rawValue, course: circle.course.id.rawValue, term: series.term.rawValue,
                    leader: circle.leader?.rawValue, participants: circle.participants.map(\.rawValue),
                    venue: room.flatMap { workspace.room($0)?.venue.rawValue }, sessions: sessions))
            } else {
                circles.append(PlannedCircle(
                    id: circle.id.rawValue, course: circle.course.id.rawValue,
                    term: circle.terms.first?.id.rawValue ?? "", leader: circle.leader?.rawValue,
                    participants: circle.participants.map(\.rawValue), venue: circle.fixed?.venue?.rawValue, sessions: []))
                let reasons = context.unplacedReasons(of: index)
                for number in 1...max(1, circle.course.sessions) {
                    unplaced.append(UnplacedSession(circle: circle.id.rawValue, session: number, reasons: reasons))
                }
            }
        }
        let score = context.solution.score
        let names = context.mapping.problem.partNames
        let parts = Dictionary(uniqueKeysWithValues: zip(names, score.parts))
        return Schedule(
            workspace: workspace.path, seed: seed, circles: circles, unplaced: unplaced,
            unassigned: unassigned.sorted { ($0.course, $0.person) < ($1.course, $1.person) },
            score: ScoreSummary(hard: score.hard, soft: score.soft, parts: parts))
    }
}
