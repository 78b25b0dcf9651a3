import Foundation

/// A point on the earth (WGS 84 degrees), for travel distances.
public struct Coordinate: Hashable, Sendable, Codable {
    public let latitude: Double
    public let longitude: Double

    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }

    /// The mean earth radius in km used for distances.
    public static let earthRadiusKilometres = 6371.0088

    /// The great-circle distance to `other` in km (haversine formula).
    ///
    /// A straight line, not a road distance: `travel.max_km` is meant as a
    /// rough "too far to go of an evening" limit, and the demo district's
    /// roads follow the straight line closely enough for that.
    public func distanceInKilometres(to other: Coordinate) -> Double {
        let lat1 = latitude * .pi / 180
        let lat2 = other.latitude * .pi / 180
        let dLat = lat2 - lat1
        let dLon = (other.longitude - longitude) * .pi / 180
        let a = sin(dLat / 2) * sin(dLat / 2) + cos(lat1) * cos(lat2) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * Coordinate.earthRadiusKilometres * asin(min(1, sqrt(a)))
    }
}
