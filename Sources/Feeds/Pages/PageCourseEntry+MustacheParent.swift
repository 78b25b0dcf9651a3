import Mustache

/// Fields by name without `Mirror`, like the other rows of the pages (see
/// `PageSession+MustacheParent.swift`).
extension PageCourseEntry: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "link": self.link
        case "facts": self.facts
        case "circles": self.circles
        case "hasCircles": self.hasCircles
        default: nil
        }
    }
}
