/// The language of feeds and lists (`plan.yaml` `language`).
public enum Language: String, CaseIterable, Hashable, Sendable, Codable {
    case sv
    case en
}
