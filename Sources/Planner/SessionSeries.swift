import Catalogue

/// One way a circle can meet: the date and start of each of its sessions, in one term.
struct SessionSeries: Hashable, Sendable {
    let term: Term.ID
    /// In session order.
    let sessions: [SessionTime]
    /// Sessions moved off the circle's regular weekday (around a holiday, say).
    let irregular: Int

    var lastDate: LocalDate { sessions.last?.date ?? sessions[0].date }
}

/// When one session starts, in the plan's local time.
struct SessionTime: Hashable, Sendable {
    let date: LocalDate
    let start: LocalTime
}
