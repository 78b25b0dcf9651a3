import Mustache

/// Fields by name without `Mirror`: the templates read these rows tens of thousands of
/// times at national scale, and a `Mirror` per lookup was most of the pages' cost.
extension PageWeek: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": self.label
        case "sessions": self.sessions
        default: nil
        }
    }
}
