/// Reads `location: { lat: 59.3793, lon: 13.5036 }`.
struct CoordinateReader {
    let reader: YAMLReader

    func coordinate(in map: YAMLMapping, required: Bool) -> Coordinate? {
        guard let location = map.mapping("location", required: required, allowed: ["lat", "lon"]) else { return nil }
        let latitude = location.double("lat", required: true)
        let longitude = location.double("lon", required: true)
        guard let latitude, let longitude else { return nil }
        guard (-90...90).contains(latitude) else {
            reader.log.add(
                location.location(of: "lat"),
                key: location.name("lat"),
                "a latitude lies between -90 and 90, found \(latitude)"
            )
            return nil
        }
        guard (-180...180).contains(longitude) else {
            reader.log.add(
                location.location(of: "lon"),
                key: location.name("lon"),
                "a longitude lies between -180 and 180, found \(longitude)"
            )
            return nil
        }
        return Coordinate(latitude: latitude, longitude: longitude)
    }
}
