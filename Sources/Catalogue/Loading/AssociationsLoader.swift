import Yams

/// Reads `associations.yaml`: a list of local associations.
struct AssociationsLoader {
    let reader: YAMLReader

    struct Result {
        var associations: [Association] = []
        var declared = DeclaredIDs<Association>()
    }

    static let keys = ["id", "name", "municipality", "location"]

    func load(_ root: Node) -> Result {
        var result = Result()
        guard let nodes = reader.sequence(root, key: nil) else { return result }
        for node in nodes {
            guard let map = reader.mapping(node, path: "", key: nil, allowed: Self.keys) else { continue }
            let id: Association.ID? = map.id("id", required: true)
            if let id {
                result.declared.declare(id, at: map.location(of: "id"), key: "id", kind: "association", log: reader.log)
            }
            let name = map.text("name", required: true)
            let coordinate = CoordinateReader(reader: reader).coordinate(in: map, required: true)
            guard let id, let name, let coordinate else { continue }
            result.associations.append(
                Association(
                    id: id,
                    name: name,
                    municipality: map.text("municipality"),
                    coordinate: coordinate,
                    location: map.location
                )
            )
        }
        return result
    }
}
