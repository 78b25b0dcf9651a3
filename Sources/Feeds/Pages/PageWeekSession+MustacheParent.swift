import Mustache

/// Fields by name without `Mirror`: the templates read these rows tens of thousands of
/// times at national scale, and a `Mirror` per lookup was most of the pages' cost.
extension PageWeekSession: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "day": day
        case "time": time
        case "course": course
        case "link": link
        case "place": place
        case "cancelled": cancelled
        case "status": status
        default: nil
        }
    }
}
