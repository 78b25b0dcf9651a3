/// One line of a page's facts (`Form`: `digitalt`).
struct PageFact: Sendable {
    let label: String
    let value: String
}
