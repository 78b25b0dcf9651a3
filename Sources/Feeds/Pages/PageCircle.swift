/// A circle as the pages list it: by course, place and evening, never by id or by person.
struct PageCircle: Sendable {
    let id: String
    let courseID: String
    let course: String
    let link: String
    /// The venue's name.
    let place: String
    /// `tisdagar 18:30`.
    let evening: String
    /// `1 feb – 22 mar 2022`.
    let dates: String
    /// `3 platser kvar`; nil for a circle that left the plan. The only number about people.
    let seats: String?
    /// Set per page: the course title is shown where circles of several courses mix.
    var showCourse: Bool
    /// The date of its last session, to leave past circles off the front page.
    let lastDate: String
}
