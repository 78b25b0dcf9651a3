import Catalogue

/// `circles explain CIRCLE`: why a circle sits where it does and what it would
/// take to move it, from the same facts the plan was made of.
struct CircleExplainer {
    let context: PlanContext

    func lines(for id: String) -> [String]? {
        guard let index = context.index(of: id) else { return nil }
        let circle = context.circles[index]
        let course = circle.course
        let outcome = context.outcomes[index]
        var lines = ["\(circle.id) · \(course.title) (\(course.id))"]
        lines.append(
            "  leader \(circle.leader?.rawValue ?? "none"), \(circle.participants.count) participants"
                + (circle.venues.isEmpty
                    ? ", digital" : ", venues within reach: \(circle.venues.map(\.rawValue).joined(separator: ", "))")
        )
        let ruledOut = outcome.tried - outcome.series.count
        lines.append(
            "  \(outcome.tried) candidate times laid out; \(ruledOut) ruled out before solving, \(outcome.series.count) left"
        )

        guard let (series, room) = context.placement(of: index), let event = context.mapping.eventOfCircle[index] else {
            lines.append("Not placed: " + (context.diagnoses[index]?.kind.phrase ?? "unknown"))
            lines += context.unplacedReasons(of: index).map { "  - \($0)" }
            return lines
        }
        lines.append("Placed: \(describe(series, course: course)) in \(room?.rawValue ?? "no room")")
        let explanation = context.solver.explain(event: event, in: context.solution.assignment)
        let free = explanation.options.filter(\.isFeasible).map(\.time).filter {
            $0 != context.solution.assignment[event]?.time
        }
        lines.append("To move it: \(free.count) other candidate times are free for everyone, with a room")
        for time in free.prefix(5) {
            lines.append("  - \(describe(context.mapping.series[index][time], course: course))")
        }
        let total = explanation.options.count
        if !explanation.counts.isEmpty {
            lines.append("The other times are blocked by:")
            for count in explanation.counts.prefix(5) {
                let what: String
                switch count.blocker {
                case .resource(let resource):
                    switch context.mapping.resources[resource] {
                    case .person(let person):
                        what =
                            (person == circle.leader ? "leader " : "participant ") + person.rawValue
                            + " busy in another circle"
                    case .room(let room): what = "room \(room) taken"
                    }
                case .noFreeRoom: what = "every suitable room taken"
                case .precedence(let other):
                    what = context.courseOrder(event: event, other: other)
                }
                lines.append("  - \(what): \(count.timeOptions) of \(total)")
            }
        }
        return lines
    }

    private func describe(_ series: SessionSeries, course: Course) -> String {
        guard let first = series.sessions.first else { return "no sessions" }
        let end = first.start.adding(minutes: course.length)
        let dates = series.sessions.map { String($0.date.iso.dropFirst(5)) }.joined(separator: ", ")
        return "\(first.date.weekday.code) \(first.start.text)–\(end.text), \(series.term): \(dates)"
            + (series.irregular > 0 ? " (\(series.irregular) moved off the weekday)" : "")
    }
}
