import Mustache

/// Fields by name without `Mirror`, like the other rows of the pages (see
/// `PageSession+MustacheParent.swift`).
extension PageCourseEntry: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "link": link
        case "facts": facts
        case "circles": circles
        case "hasCircles": hasCircles
        default: nil
        }
    }
}
