/// A GEO position (WGS 84 degrees), the venue's location.
public struct ICalGeo: Sendable, Hashable {
    public var latitude: Double
    public var longitude: Double

    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }
}
