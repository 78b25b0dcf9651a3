import Foundation

extension Person {
    /// One entry of a person's `unavailable` column: when they cannot take part.
    ///
    /// The mini-language, `;`-separated in `people.csv`:
    /// - `wed`: every Wednesday
    /// - `2022-03-14`: one date
    /// - `2022-03-14..2022-03-20`: a range of dates, both included
    /// - `mon 18:00-20:00`: a weekday's hours, every week
    public enum Unavailability: Hashable, Sendable, CustomStringConvertible {
        case weekday(Weekday)
        case date(LocalDate)
        case dates(DateRange)
        case hours(Weekday, from: LocalTime, to: LocalTime)

        /// Parses one entry; nil if it is none of the four forms (or a range runs backwards).
        public init?(text: some StringProtocol) {
            let entry = CSVRow.trimmed(String(text))
            if let day = Weekday(code: entry) {
                self = .weekday(day)
            } else if let date = LocalDate(iso: entry) {
                self = .date(date)
            } else if let range = entry.firstRange(of: "..") {
                guard let from = LocalDate(iso: entry[..<range.lowerBound]),
                    let to = LocalDate(iso: entry[range.upperBound...]), from <= to
                else { return nil }
                self = .dates(DateRange(from: from, to: to))
            } else {
                let parts = entry.split(separator: " ", omittingEmptySubsequences: true)
                guard parts.count == 2, let day = Weekday(code: String(parts[0])) else { return nil }
                let times = parts[1].split(separator: "-", omittingEmptySubsequences: false)
                guard times.count == 2, let from = LocalTime(text: times[0]), let to = LocalTime(text: times[1]),
                    from < to
                else { return nil }
                self = .hours(day, from: from, to: to)
            }
        }

        /// Whether the entry rules out the whole of `date`.
        public func blocksAllDay(_ date: LocalDate) -> Bool {
            switch self {
            case .weekday(let day): date.weekday == day
            case .date(let day): date == day
            case .dates(let range): range.contains(date)
            case .hours: false
            }
        }

        /// Whether the entry rules out any part of `start`..<`end` on `date`.
        public func blocks(_ date: LocalDate, from start: LocalTime, to end: LocalTime) -> Bool {
            switch self {
            case .hours(let day, let from, let to): date.weekday == day && start < to && from < end
            default: blocksAllDay(date)
            }
        }

        /// The entry as written in `people.csv`.
        public var description: String {
            switch self {
            case .weekday(let day): day.code
            case .date(let date): date.iso
            case .dates(let range): "\(range.from.iso)..\(range.to.iso)"
            case .hours(let day, let from, let to): "\(day.code) \(from.text)-\(to.text)"
            }
        }
    }
}
