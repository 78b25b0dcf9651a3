/// A course on the front page with its upcoming circles.
struct PageCourseEntry: Sendable {
    let title: String
    let link: String
    let facts: String
    let circles: [PageCircle]
    let hasCircles: Bool
}
