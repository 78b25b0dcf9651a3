import Catalogue

/// Turns one planning run into the `Schedule` of format v1.
struct ScheduleAssembly {
    let context: PlanContext

    func schedule(seed: UInt64, unassigned: [UnassignedRequest]) -> Schedule {
        let workspace = context.workspace
        let zone = workspace.plan.timeZone
        let geography = Geography(workspace: workspace)
        var circles: [PlannedCircle] = []
        var unplaced: [UnplacedSession] = []
        for (index, circle) in context.circles.enumerated() {
            let length = circle.course.length
            if let (series, room) = context.placement(of: index) {
                let sessions = series.sessions.enumerated().map { number, session in
                    PlannedSession(
                        number: number + 1,
                        start: LocalTimestamp(session.date, minutes: session.start.minutesSinceMidnight, in: zone),
                        end: LocalTimestamp(
                            session.date,
                            minutes: session.start.minutesSinceMidnight + length,
                            in: zone
                        ),
                        room: room ?? Room.ID("")
                    )
                }
                let venue = room.flatMap { workspace.room($0)?.venue }
                circles.append(
                    PlannedCircle(
                        id: circle.id,
                        course: circle.course.id,
                        term: series.term,
                        leader: circle.leader,
                        participants: circle.participants,
                        venue: venue,
                        sessions: sessions,
                        remote: Self.remote(of: circle, at: venue, geography: geography)
                    )
                )
            } else {
                circles.append(
                    PlannedCircle(
                        id: circle.id,
                        course: circle.course.id,
                        term: circle.terms.first?.id ?? Term.ID(""),
                        leader: circle.leader,
                        participants: circle.participants,
                        venue: circle.fixed?.venue,
                        sessions: [],
                        remote: circle.course.format == .hybrid ? [] : nil
                    )
                )
                let diagnosis = context.diagnoses[index]
                for number in 1...max(1, circle.course.sessions) {
                    unplaced.append(
                        UnplacedSession(
                            circle: circle.id,
                            session: number,
                            reasons: diagnosis?.reasons ?? [],
                            kind: diagnosis?.kind
                        )
                    )
                }
            }
        }
        let score = context.solution.score
        let names = context.mapping.problem.partNames
        let parts = Dictionary(uniqueKeysWithValues: zip(names, score.parts))
        return Schedule(
            workspace: workspace.path,
            seed: seed,
            circles: circles,
            unplaced: unplaced,
            unassigned: unassigned.sorted { ($0.course, $0.person) < ($1.course, $1.person) },
            score: ScoreSummary(hard: score.hard, soft: score.soft, parts: parts)
        )
    }

    /// A hybrid circle's participants beyond the travel limit of its venue, in participant
    /// order (empty when all are near); nil for circles of other formats.
    static func remote(of circle: FormedCircle, at venue: Venue.ID?, geography: Geography) -> [Person.ID]? {
        guard circle.course.format == .hybrid else { return nil }
        guard let venue else { return [] }
        return circle.participants.filter { !geography.reaches($0, venue) }
    }
}
