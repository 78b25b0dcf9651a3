/// One line of a page's facts (`Form`: `digitalt`), the value a link where `link` is set.
struct PageFact: Sendable {
    let label: String
    let value: String
    var link: String? = nil
}
