import Foundation

extension Schedule {
    /// The schedule as JSON text. Keys are sorted: Foundation's encoder on Linux does not
    /// keep declaration order, and the same plan must give the same bytes every time.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(0x0A)
        return data
    }

    /// Reads a schedule written by `jsonData()` (or by hand, in the same format).
    public init(jsonData data: Data) throws {
        self = try JSONDecoder().decode(Schedule.self, from: data)
    }
}
