import Foundation

extension LocalDate {
    /// The date an instant falls on in `zone` (today in the plan's zone: `LocalDate(Date(), in: zone)`).
    public init(_ instant: Date, in zone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day], from: instant)
        self.init(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
