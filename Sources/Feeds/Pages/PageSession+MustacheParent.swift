import Mustache

/// Fields by name without `Mirror`: the templates read these rows tens of thousands of
/// times at national scale, and a `Mirror` per lookup was most of the pages' cost.
extension PageSession: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "number": number
        case "date": date
        case "time": time
        case "place": place
        case "address": address
        case "mapURL": mapURL
        case "venueLink": venueLink
        case "cancelled": cancelled
        case "status": status
        default: nil
        }
    }
}
