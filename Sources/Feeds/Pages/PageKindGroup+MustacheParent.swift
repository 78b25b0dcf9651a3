import Mustache

/// Fields by name without `Mirror`, like the other rows of the pages (see
/// `PageSession+MustacheParent.swift`).
extension PageKindGroup: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "anchor": self.anchor
        case "name": self.name
        case "courses": self.courses
        default: nil
        }
    }
}
