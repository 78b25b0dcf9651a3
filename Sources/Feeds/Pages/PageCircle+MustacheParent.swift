import Mustache

/// Fields by name without `Mirror`: the templates read these rows tens of thousands of
/// times at national scale, and a `Mirror` per lookup was most of the pages' cost.
extension PageCircle: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": self.id
        case "courseID": self.courseID
        case "course": self.course
        case "link": self.link
        case "place": self.place
        case "evening": self.evening
        case "dates": self.dates
        case "seats": self.seats
        case "showCourse": self.showCourse
        case "lastDate": self.lastDate
        default: nil
        }
    }
}
