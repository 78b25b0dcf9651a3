/// One session of a circle's page: date, time and place, cancelled or moved marked.
struct PageSession: Sendable {
    /// `Träff 2 av 4`.
    let number: String
    /// `tisdag 1 februari 2022`.
    let date: String
    let time: String
    /// Room and venue, or the online venue's name.
    let place: String
    let address: String?
    /// `https://www.openstreetmap.org/?mlat=...`: a link, never an embedded map.
    let mapURL: String?
    let venueLink: String?
    let cancelled: Bool
    /// `Inställd` or `Flyttad`, else nil.
    let status: String?
}
