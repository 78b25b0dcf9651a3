import Mustache

/// Fields by name without `Mirror`: the templates read these rows tens of thousands of
/// times at national scale, and a `Mirror` per lookup was most of the pages' cost.
extension PageWeekSession: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "day": self.day
        case "time": self.time
        case "course": self.course
        case "link": self.link
        case "place": self.place
        case "cancelled": self.cancelled
        case "status": self.status
        default: nil
        }
    }
}
