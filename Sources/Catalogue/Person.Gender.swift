extension Person {
    /// Gender as ABF's reporting asks for it (`f`, `m`, `x`).
    public enum Gender: String, CaseIterable, Hashable, Sendable, Codable {
        case female = "f"
        case male = "m"
        case other = "x"
    }
}
