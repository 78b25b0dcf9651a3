/// A place where circles meet (`venues.yaml`): a physical venue with rooms,
/// or an online one (`online: true`) whose rooms are video meetings.
public struct Venue: Hashable, Sendable, Identifiable {
    public typealias ID = Identifier<Venue>

    public let id: ID
    public let name: String
    public let municipality: String?
    /// Free text, goes to the event's LOCATION.
    public let address: String?
    /// Where it is; nil for online venues.
    public let coordinate: Coordinate?
    /// Online venues need no travel and their rooms never clash.
    public let isOnline: Bool
    /// Meeting address template; `{circle}` stands for the circle id.
    public let urlTemplate: String?
    public let rooms: [Room]
    /// Periods when the venue is closed.
    public let closed: [DateRange]
    public let location: SourceLocation

    public init(
        id: ID,
        name: String,
        municipality: String?,
        address: String?,
        coordinate: Coordinate?,
        isOnline: Bool,
        urlTemplate: String?,
        rooms: [Room],
        closed: [DateRange],
        location: SourceLocation
    ) {
        self.id = id
        self.name = name
        self.municipality = municipality
        self.address = address
        self.coordinate = coordinate
        self.isOnline = isOnline
        self.urlTemplate = urlTemplate
        self.rooms = rooms
        self.closed = closed
        self.location = location
    }

    /// The meeting address of `circle`, with `{circle}` replaced by its id.
    public func url(for circle: Circle.ID) -> String? {
        urlTemplate?.replacingOccurrences(of: "{circle}", with: circle.rawValue)
    }

    /// Whether the venue is closed on `date`.
    public func isClosed(on date: LocalDate) -> Bool { closed.contains { $0.contains(date) } }
}
