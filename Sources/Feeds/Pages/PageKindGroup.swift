/// The front page's courses of one kind (study circles, media trainings, ...).
struct PageKindGroup: Sendable {
    let anchor: String
    let name: String
    let courses: [PageCourseEntry]
}
