import Mustache

/// Fields by name without `Mirror`: the templates read these rows tens of thousands of
/// times at national scale, and a `Mirror` per lookup was most of the pages' cost.
extension PageSession: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "number": self.number
        case "date": self.date
        case "time": self.time
        case "place": self.place
        case "address": self.address
        case "mapURL": self.mapURL
        case "venueLink": self.venueLink
        case "cancelled": self.cancelled
        case "status": self.status
        default: nil
        }
    }
}
