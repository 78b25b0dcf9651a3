/// A fixed circle as loaded, with where each of its keys was written.
struct LoadedFixedCircle {
    let circle: FixedCircle
    let keyLocations: [String: SourceLocation]

    func location(of key: String) -> SourceLocation { keyLocations[key] ?? circle.location }
}
