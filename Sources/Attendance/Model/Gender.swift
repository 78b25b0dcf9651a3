/// Gender as `people.csv` gives it (`f`, `m`, `x`): what ABF's reporting asks for.
public enum Gender: String, Sendable, Hashable, CaseIterable, Codable {
    case female = "f"
    case male = "m"
    case other = "x"

    /// The one-letter code the list prints (Swedish K/M/X, English F/M/X).
    public func code(_ language: ListLanguage) -> String {
        switch (self, language) {
        case (.female, .sv): return "K"
        case (.female, .en): return "F"
        case (.male, _): return "M"
        case (.other, _): return "X"
        }
    }
}
