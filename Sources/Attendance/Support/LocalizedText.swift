import Catalogue

/// A sentence in both languages a page can be in: the leader's list shows the plan's
/// language, and the web layer decides which.
public struct LocalizedText: Sendable, Hashable {
    public let sv: String
    public let en: String

    public init(sv: String, en: String) {
        self.sv = sv
        self.en = en
    }

    public func text(_ language: Language) -> String { language == .sv ? sv : en }
}
