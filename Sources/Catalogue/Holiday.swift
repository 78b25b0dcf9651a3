/// A public holiday or holiday eve on which no session takes place.
public struct Holiday: Hashable, Sendable, CustomStringConvertible {
    public let date: LocalDate
    /// The name in the calendar's own language, e.g. "midsommarafton".
    public let name: String

    public init(date: LocalDate, name: String) {
        self.date = date
        self.name = name
    }

    public var description: String { "\(date.iso) \(name)" }
}
