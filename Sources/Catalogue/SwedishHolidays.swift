/// Swedish public holidays (allmänna helgdagar, lag 1989:253) and the eves that
/// are de facto days off (påskafton, midsommarafton, julafton, nyårsafton),
/// computed for any Gregorian year.
public enum SwedishHolidays {
    /// The holidays and eves of `year`, in date order.
    public static func holidays(in year: Int) -> [Holiday] {
        let easter = easterSunday(in: year)
        func fixed(_ month: Int, _ day: Int, _ name: String) -> Holiday {
            Holiday(date: LocalDate(year: year, month: month, day: day)!, name: name)
        }
        func fromEaster(_ offset: Int, _ name: String) -> Holiday {
            Holiday(date: easter.adding(days: offset), name: name)
        }
        let list = [
            fixed(1, 1, "nyårsdagen"),
            fixed(1, 6, "trettondedag jul"),
            fromEaster(-2, "långfredagen"),
            fromEaster(-1, "påskafton"),
            fromEaster(0, "påskdagen"),
            fromEaster(1, "annandag påsk"),
            fixed(5, 1, "första maj"),
            fromEaster(39, "Kristi himmelsfärdsdag"),
            fromEaster(49, "pingstdagen"),
            fixed(6, 6, "nationaldagen"),
            // Midsommarafton is the Friday of 19-25 June, midsommardagen the Saturday after.
            Holiday(date: first(.fri, onOrAfter: LocalDate(year: year, month: 6, day: 19)!), name: "midsommarafton"),
            Holiday(date: first(.sat, onOrAfter: LocalDate(year: year, month: 6, day: 20)!), name: "midsommardagen"),
            // Alla helgons dag is the Saturday of 31 October - 6 November.
            Holiday(date: first(.sat, onOrAfter: LocalDate(year: year, month: 10, day: 31)!), name: "alla helgons dag"),
            fixed(12, 24, "julafton"),
            fixed(12, 25, "juldagen"),
            fixed(12, 26, "annandag jul"),
            fixed(12, 31, "nyårsafton"),
        ]
        return list.sorted { $0.date < $1.date }
    }

    /// Easter Sunday by the Gregorian computus (the anonymous algorithm of
    /// Meeus/Jones/Butcher), valid for every Gregorian year.
    public static func easterSunday(in year: Int) -> LocalDate {
        let a = year % 19
        let b = year / 100
        let c = year % 100
        let d = b / 4
        let e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4
        let k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return LocalDate(year: year, month: month, day: day)!
    }

    private static func first(_ weekday: Weekday, onOrAfter date: LocalDate) -> LocalDate {
        date.adding(days: (weekday.rawValue - date.weekday.rawValue + 7) % 7)
    }
}
