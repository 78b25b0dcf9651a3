/// The ORGANIZER of every event: the organisation, never a person.
///
/// iTIP's PUBLISH method requires an ORGANIZER on each VEVENT (`icalrestriction_check`
/// reports its absence). Public feeds must carry no member's name or address, so this is
/// the district's own name and shared mailbox.
public struct ICalOrganizer: Sendable, Hashable {
    /// Written as the `CN` parameter, e.g. `Vänsterpartiet Värmland`.
    public var name: String
    /// Written as `mailto:<email>`.
    public var email: String

    public init(name: String, email: String) {
        self.name = name
        self.email = email
    }
}
