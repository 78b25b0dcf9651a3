/// A named link of the front page (an association, a venue).
struct PageLink: Sendable {
    let name: String
    let link: String
}
