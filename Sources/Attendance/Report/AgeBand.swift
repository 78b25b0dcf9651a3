import Catalogue

/// The age bands ABF's statistics use, by age reached in the term's calendar year.
public enum AgeBand: String, Sendable, Hashable, CaseIterable, Codable {
    case under13 = "<13"
    case from13to19 = "13-19"
    case from20to24 = "20-24"
    case from25to44 = "25-44"
    case from45to64 = "45-64"
    case from65 = "65+"
    case unknown = "?"

    /// The band for someone born `birthYear`, in `year` (`unknown` without a birth year).
    public init(birthYear: Int?, in year: Int) {
        guard let birthYear else {
            self = .unknown
            return
        }
        switch year - birthYear {
        case ..<13: self = .under13
        case 13...19: self = .from13to19
        case 20...24: self = .from20to24
        case 25...44: self = .from25to44
        case 45...64: self = .from45to64
        default: self = .from65
        }
    }

    public func label(_ language: Language) -> String {
        switch self {
        case .under13: return language == .sv ? "under 13" : "under 13"
        case .from13to19: return "13–19"
        case .from20to24: return "20–24"
        case .from25to44: return "25–44"
        case .from45to64: return "45–64"
        case .from65: return "65+"
        case .unknown: return language == .sv ? "okänd" : "unknown"
        }
    }
}
