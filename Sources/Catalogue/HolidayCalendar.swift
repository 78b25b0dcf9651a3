/// Which public holidays block sessions (`plan.yaml` `holidays`).
public enum HolidayCalendar: String, CaseIterable, Hashable, Sendable, Codable {
    /// Swedish public holidays and their eves, see `SwedishHolidays`.
    case se

    /// The holidays of `year` in this calendar.
    public func holidays(in year: Int) -> [Holiday] {
        switch self {
        case .se: SwedishHolidays.holidays(in: year)
        }
    }
}
