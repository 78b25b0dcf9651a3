import Catalogue
import ICal

/// The phrases of the pages that hold a value: dates, times, counts, in the plan's language.
/// No wall clock and no locale of the machine: the same plan gives the same bytes anywhere.
struct PageFormat: Sendable {
    let text: FeedText

    var isSwedish: Bool { text.language == .sv }

    /// `tisdag 1 februari 2022` / `Tuesday 1 February 2022`.
    func longDate(_ date: LocalDate) -> String {
        "\(text.weekdays[date.weekday.rawValue - 1]) \(date.day) \(months[date.month - 1]) \(date.year)"
    }

    /// `tis 1 feb`.
    func shortDate(_ date: LocalDate) -> String {
        "\(text.shortWeekdays[date.weekday.rawValue - 1]) \(date.day) \(text.months[date.month - 1])"
    }

    /// `1 feb – 22 mar 2022`, or one date when both are the same day.
    func dateRange(_ from: LocalDate, _ to: LocalDate) -> String {
        let end = "\(to.day) \(text.months[to.month - 1]) \(to.year)"
        if from == to { return end }
        let start =
            from.year == to.year
            ? "\(from.day) \(text.months[from.month - 1])" : "\(from.day) \(text.months[from.month - 1]) \(from.year)"
        return "\(start) – \(end)"
    }

    /// `18:30`.
    func time(_ value: ICalDateTime) -> String {
        func two(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
        return "\(two(value.hour)):\(two(value.minute))"
    }

    /// `tisdagar` / `Tuesdays`.
    func weekdayPlural(_ day: Weekday) -> String {
        let name = text.weekdays[day.rawValue - 1]
        return isSwedish ? name.replacingOccurrences(of: "dag", with: "dagar") : name + "s"
    }

    var variousDays: String { isSwedish ? "olika veckodagar" : "various weekdays" }

    /// `Träff 2 av 4`.
    func session(_ number: Int, of count: Int) -> String {
        isSwedish ? "Träff \(number) av \(count)" : "Session \(number) of \(count)"
    }

    /// `3 platser kvar`, `1 plats kvar`, `Fullt`.
    func seats(_ left: Int) -> String {
        switch (isSwedish, left) {
        case (true, ...0): "Fullt"
        case (true, 1): "1 plats kvar"
        case (true, _): "\(left) platser kvar"
        case (false, ...0): "Full"
        case (false, 1): "1 seat left"
        case (false, _): "\(left) seats left"
        }
    }

    /// `4 träffar à 2 tim 30 min`.
    func length(sessions: Int, minutes: Int) -> String {
        let hours = minutes / 60
        let rest = minutes % 60
        let duration: String
        if isSwedish {
            duration = [hours > 0 ? "\(hours) tim" : nil, rest > 0 ? "\(rest) min" : nil].compactMap { $0 }.joined(
                separator: " "
            )
            return sessions == 1 ? "1 träff, \(duration)" : "\(sessions) träffar à \(duration)"
        }
        duration = [hours > 0 ? "\(hours) h" : nil, rest > 0 ? "\(rest) min" : nil].compactMap { $0 }.joined(
            separator: " "
        )
        return sessions == 1 ? "1 session, \(duration)" : "\(sessions) sessions of \(duration)"
    }

    func format(_ format: Course.Format) -> String {
        switch (isSwedish, format) {
        case (true, .inPerson): "på plats"
        case (true, .digital): "digitalt"
        case (true, .hybrid): "på plats och digitalt"
        case (false, .inPerson): "in person"
        case (false, .digital): "online"
        case (false, .hybrid): "in person and online"
        }
    }

    /// `v. 5 · 31 jan – 6 feb 2022`.
    func week(monday: LocalDate) -> String {
        "\(text.week(Self.isoWeek(monday))) · \(dateRange(monday, monday.adding(days: 6)))"
    }

    /// `Cirklar i Karlstads kommun`-like line of an association page.
    func municipality(_ name: String) -> String {
        isSwedish ? "Cirklar och utbildningar i \(name)." : "Circles and trainings in \(name)."
    }

    private var months: [String] {
        isSwedish
            ? [
                "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
                "november", "december",
            ]
            : [
                "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December",
            ]
    }

    /// The ISO 8601 week number: the week that holds the Thursday.
    static func isoWeek(_ date: LocalDate) -> Int {
        let thursday = date.adding(days: 4 - date.weekday.rawValue)
        let januaryFirst = LocalDate(year: thursday.year, month: 1, day: 1)!
        return januaryFirst.days(to: thursday) / 7 + 1
    }
}
