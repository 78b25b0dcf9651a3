/// A day of the week, Monday first as in Sweden (ISO 8601 numbering).
public enum Weekday: Int, Sendable, Hashable, CaseIterable, Codable {
    case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday

    /// The short name the list's column heads show (`tis`, `Tue`).
    public func shortName(_ language: ListLanguage) -> String {
        switch language {
        case .sv: return ["mån", "tis", "ons", "tor", "fre", "lör", "sön"][rawValue - 1]
        case .en: return ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][rawValue - 1]
        }
    }
}
