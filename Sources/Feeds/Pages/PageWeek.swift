/// One ISO week of the week-by-week view, with its sessions in time order.
struct PageWeek: Sendable {
    /// `v. 5 · 31 jan – 6 feb 2022`.
    let label: String
    let sessions: [PageWeekSession]
}
