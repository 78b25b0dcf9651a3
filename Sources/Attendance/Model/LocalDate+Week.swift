import Catalogue

extension LocalDate {
    /// Days since 1970-01-01 of the Monday that starts this date's week (weeks run
    /// Monday to Sunday, as in Sweden): the key the weekly limit groups meetings by.
    var mondayOfWeek: Int { daysSinceEpoch - (weekday.rawValue - 1) }
}
