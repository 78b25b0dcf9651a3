import Catalogue

/// Where a study-circle rule stands against what really happened.
public enum RuleStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Met by the meetings held so far.
    case kept
    /// Not met yet, but the sessions still planned can meet it (or a planned session
    /// would break it and can still be changed): act now.
    case open
    /// Broken by what already happened; no remaining session can mend it.
    case broken

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.kept, .sv): return "uppfylld"
        case (.kept, .en): return "kept"
        case (.open, .sv): return "kan fortfarande uppfyllas"
        case (.open, .en): return "can still be met"
        case (.broken, .sv): return "bruten"
        case (.broken, .en): return "broken"
        }
    }
}
