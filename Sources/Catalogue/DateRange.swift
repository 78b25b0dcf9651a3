/// An inclusive range of calendar days, `from` ... `to` (a single day when equal).
public struct DateRange: Hashable, Sendable, Codable, CustomStringConvertible {
    public let from: LocalDate
    public let to: LocalDate

    public init(from: LocalDate, to: LocalDate) {
        self.from = from
        self.to = to
    }

    /// A range of one day.
    public init(day: LocalDate) { self.init(from: day, to: day) }

    public func contains(_ date: LocalDate) -> Bool { from <= date && date <= to }

    /// Every day of the range, in order.
    public var days: [LocalDate] { from <= to ? Array(from...to) : [] }

    /// `2022-03-14..2022-03-20`, or one date for a single day.
    public var description: String { from == to ? from.iso : "\(from.iso)..\(to.iso)" }
}
