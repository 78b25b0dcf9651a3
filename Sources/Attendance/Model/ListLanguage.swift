/// The language of a list and its report: `plan.yaml`'s `language` (sv or en).
public enum ListLanguage: String, Sendable, Hashable, CaseIterable, Codable {
    case sv
    case en
}
