import Catalogue

/// Lays out every series of sessions a circle could have, and counts why the others fail.
///
/// A series starts on a day of one of the course's windows, at a start time in
/// steps of 30 minutes, and repeats by the cadence (weekly 7 days, biweekly 14,
/// monthly 28, days 1). A session that falls on a blocked day or when somebody is
/// unavailable may move up to two days within the window's weekdays while the
/// cadence's limits still hold (weekly 5 to 9 days apart...), at a cost. Every hard
/// rule that does not depend on other circles is kept here: terms, windows, blocked
/// days, deadlines, everybody's availability, ABF's weekly limits and pins.
struct SeriesGenerator {
    let workspace: Workspace
    /// Start times are tried every `startStep` minutes within a window.
    var startStep = 30

    struct Outcome {
        var series: [SessionSeries] = []
        var obstacles: [SeriesObstacle: Int] = [:]
        /// Candidate starts tried (first session's day and time).
        var tried = 0
    }

    func series(for circle: FormedCircle) -> Outcome {
        var outcome = Outcome()
        let course = circle.course
        let people = circle.attendees.compactMap { workspace.person($0) }.filter { !$0.unavailable.isEmpty }
        for term in circle.terms {
            let blocked = Dictionary(
                workspace.blockedDays(for: course, in: term).map { ($0.date, $0.reason.name) },
                uniquingKeysWith: { first, _ in first }
            )
            var context = Context(
                course: course,
                term: term,
                blocked: blocked,
                people: people,
                lastAllowed: min(term.to, course.deadline.map { $0.adding(days: -1) } ?? term.to)
            )
            for window in workspace.windows(of: course) where window.minutes >= course.length {
                var start = window.from
                while start.minutesSinceMidnight + course.length <= window.to.minutesSinceMidnight {
                    for first in term.from...term.to where window.includes(first.weekday) {
                        outcome.tried += 1
                        switch build(from: first, at: start, window: window, context: &context) {
                        case .success(let series): outcome.series.append(series)
                        case .failure(let obstacle): outcome.obstacles[obstacle.reason, default: 0] += 1
                        }
                    }
                    start = start.adding(minutes: startStep)
                }
            }
        }
        if let fixed = circle.fixed, !fixed.pins.isEmpty {
            applyPins(fixed.pins, course: course, term: fixed.term, to: &outcome)
        }
        return outcome
    }

    // MARK: - One series

    private struct Context {
        let course: Course
        let term: Term
        let blocked: [LocalDate: String]
        /// Attendees with something in `unavailable` (the others are always free).
        let people: [Person]
        let lastAllowed: LocalDate
    }

    private struct Obstacle: Error {
        let reason: SeriesObstacle
    }

    private func build(
        from first: LocalDate,
        at start: LocalTime,
        window: TimeWindow,
        context: inout Context
    ) -> Result<SessionSeries, Obstacle> {
        let course = context.course
        let step = nominalStep(course.cadence)
        let gaps = course.cadence.daysApart
        var sessions: [SessionTime] = []
        var irregular = 0
        let maxIrregular = course.cadence == .days ? 0 : max(1, course.sessions / 4)
        for index in 0..<course.sessions {
            let nominal = first.adding(days: step * index)
            if let problem = obstacle(on: nominal, at: start, window: window, context: context) {
                // Try a nearby day that keeps the cadence with the previous and the next session.
                guard index > 0, irregular < maxIrregular, case .movable = problem.kind else {
                    return .failure(Obstacle(reason: problem.reason))
                }
                let previous = sessions[index - 1].date
                let next = first.adding(days: step * (index + 1))
                let moved = [-1, 1, -2, 2].lazy.map { nominal.adding(days: $0) }.first { day in
                    gaps.contains(previous.days(to: day))
                        && (index == course.sessions - 1 || gaps.contains(day.days(to: next)))
                        && obstacle(on: day, at: start, window: window, context: context) == nil
                }
                guard let moved else { return .failure(Obstacle(reason: problem.reason)) }
                sessions.append(SessionTime(date: moved, start: start))
                irregular += 1
            } else {
                sessions.append(SessionTime(date: nominal, start: start))
            }
        }
        if course.abf == .studyCircle, !keepsStudyCircleWeeks(sessions, course: course) {
            return .failure(Obstacle(reason: .studyCircleWeek))
        }
        return .success(SessionSeries(term: context.term.id, sessions: sessions, irregular: irregular))
    }

    private struct Problem {
        enum Kind { case movable, final }
        let kind: Kind
        let reason: SeriesObstacle
    }

    /// What rules out a session on `day` at `start`, if anything.
    private func obstacle(on day: LocalDate, at start: LocalTime, window: TimeWindow, context: Context) -> Problem? {
        if day > context.lastAllowed {
            let reason: SeriesObstacle =
                if let deadline = context.course.deadline, day >= deadline { .deadline(deadline) } else {
                    .termEnd(context.term.id)
                }
            return Problem(kind: .final, reason: reason)
        }
        if !window.includes(day.weekday) { return Problem(kind: .final, reason: .outsideWindow) }
        if let name = context.blocked[day] { return Problem(kind: .movable, reason: .blockedDay(name)) }
        let end = start.adding(minutes: context.course.length)
        // By index: `first(where:)` would copy the whole person for its id.
        if let index = context.people.firstIndex(where: { !$0.isAvailable(on: day, from: start, to: end) }) {
            return Problem(kind: .movable, reason: .unavailable(context.people[index].id))
        }
        return nil
    }

    private func nominalStep(_ cadence: Course.Cadence) -> Int {
        switch cadence {
        case .weekly: 7
        case .biweekly: 14
        case .monthly: 28
        case .days: 1
        }
    }

    /// ABF: at most 3 meetings and 12 study hours in one week (Monday to Sunday).
    private func keepsStudyCircleWeeks(_ sessions: [SessionTime], course: Course) -> Bool {
        var meetings: [Int: Int] = [:]
        for session in sessions { meetings[Self.week(of: session.date), default: 0] += 1 }
        return meetings.values.allSatisfy { $0 <= 3 && $0 * course.studyHoursPerSession <= 12 }
    }

    /// Monday-based week number (1970-01-01 was a Thursday).
    static func week(of date: LocalDate) -> Int {
        (date.daysSinceEpoch + 3).quotientRoundingDown(by: 7)
    }

    // MARK: - Pins

    /// Keeps only the series that match every pin; if none does but the pins fix
    /// every session, the pinned sessions themselves are the one series.
    private func applyPins(_ pins: [FixedCircle.Pin], course: Course, term: Term.ID, to outcome: inout Outcome) {
        func matches(_ series: SessionSeries) -> Bool {
            pins.allSatisfy { pin in
                pin.session >= 1 && pin.session <= series.sessions.count
                    && series.sessions[pin.session - 1] == SessionTime(date: pin.date, start: pin.start)
            }
        }
        let kept = outcome.series.filter(matches)
        let dropped = outcome.series.count - kept.count
        if dropped > 0 { outcome.obstacles[.pins, default: 0] += dropped }
        outcome.series = kept
        let pinnedSessions = Set(pins.map(\.session))
        if kept.isEmpty, pinnedSessions == Set(1...course.sessions) {
            let sessions = pins.sorted { $0.session < $1.session }.map { SessionTime(date: $0.date, start: $0.start) }
            outcome.series = [SessionSeries(term: term, sessions: sessions, irregular: 0)]
        }
    }
}

extension Int {
    /// Division rounding towards minus infinity.
    func quotientRoundingDown(by divisor: Int) -> Int {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
