import Mustache

/// Fields by name without `Mirror`: the templates read these rows tens of thousands of
/// times at national scale, and a `Mirror` per lookup was most of the pages' cost.
extension PageCircle: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "courseID": courseID
        case "course": course
        case "link": link
        case "place": place
        case "evening": evening
        case "dates": dates
        case "seats": seats
        case "showCourse": showCourse
        case "lastDate": lastDate
        default: nil
        }
    }
}
