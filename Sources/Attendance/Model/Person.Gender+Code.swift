import Catalogue

extension Person.Gender {
    /// The one-letter code the list prints (Swedish K/M/X, English F/M/X).
    public func code(_ language: Language) -> String {
        switch (self, language) {
        case (.female, .sv): return "K"
        case (.female, .en): return "F"
        case (.male, _): return "M"
        case (.other, _): return "X"
        }
    }
}
