/// One line of the week-by-week view.
struct PageWeekSession: Sendable {
    /// `tis 1 feb`.
    let day: String
    let time: String
    let course: String
    let link: String
    let place: String
    let cancelled: Bool
    let status: String?
}
