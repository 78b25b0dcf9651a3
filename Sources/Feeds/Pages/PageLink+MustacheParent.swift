import Mustache

/// Fields by name without `Mirror`, like the other rows of the pages (see
/// `PageSession+MustacheParent.swift`).
extension PageLink: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "link": self.link
        default: nil
        }
    }
}
