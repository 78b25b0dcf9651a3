/// A day of the week, numbered as ISO 8601 does (Monday = 1 ... Sunday = 7).
public enum Weekday: Int, CaseIterable, Comparable, Hashable, Sendable, Codable, CustomStringConvertible {
    case mon = 1
    case tue, wed, thu, fri, sat, sun

    /// The spelling used in the workspace files: `mon` ... `sun`.
    public var code: String {
        switch self {
        case .mon: "mon"
        case .tue: "tue"
        case .wed: "wed"
        case .thu: "thu"
        case .fri: "fri"
        case .sat: "sat"
        case .sun: "sun"
        }
    }

    /// Parses `mon` ... `sun` (case-insensitive); nil for anything else.
    public init?(code: String) {
        guard let day = Weekday.allCases.first(where: { $0.code == code.lowercased() }) else { return nil }
        self = day
    }

    public var description: String { code }

    public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = Weekday(code: text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "not a weekday: \(text)")
            )
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }
}
