/// A local association (partiförening, `associations.yaml`): every person
/// belongs to one, and its location is where their travel is measured from.
public struct Association: Hashable, Sendable, Identifiable {
    public typealias ID = Identifier<Association>

    public let id: ID
    public let name: String
    public let municipality: String?
    public let coordinate: Coordinate
    public let location: SourceLocation

    public init(id: ID, name: String, municipality: String?, coordinate: Coordinate, location: SourceLocation) {
        self.id = id
        self.name = name
        self.municipality = municipality
        self.coordinate = coordinate
        self.location = location
    }
}
