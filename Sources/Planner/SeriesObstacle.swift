import Catalogue

/// Why a candidate series of sessions was ruled out before solving: the first
/// thing that stood in the way, counted so that an unplaceable circle can be
/// explained with facts ("p0120 unavailable on 38 of 52 candidate times").
enum SeriesObstacle: Hashable, Sendable, Comparable {
    /// A holiday or blackout, by name.
    case blockedDay(String)
    /// A participant or the leader is marked unavailable.
    case unavailable(Person.ID)
    /// The series would end on or after the course's deadline.
    case deadline(LocalDate)
    /// The series would run past the end of the term.
    case termEnd(Term.ID)
    /// Consecutive days run onto a weekday outside the course's windows.
    case outsideWindow
    /// More than 3 meetings or 12 study hours in one week (ABF).
    case studyCircleWeek
    /// It does not match the sessions pinned in `circles.yaml`.
    case pins
}
