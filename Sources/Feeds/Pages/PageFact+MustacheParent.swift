import Mustache

/// Fields by name without `Mirror`, like the other rows of the pages (see
/// `PageSession+MustacheParent.swift`).
extension PageFact: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": self.label
        case "value": self.value
        case "link": self.link
        default: nil
        }
    }
}
