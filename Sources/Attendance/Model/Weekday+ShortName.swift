import Catalogue

extension Weekday {
    /// The short name the list's column heads show (`tis`, `Tue`).
    public func shortName(_ language: Language) -> String {
        switch language {
        case .sv: return ["mån", "tis", "ons", "tor", "fre", "lör", "sön"][rawValue - 1]
        case .en: return ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][rawValue - 1]
        }
    }
}
