import Testing

@testable import Catalogue

@Suite("Swedish public holidays")
struct SwedishHolidaysTests {
    private func date(_ text: String) -> LocalDate { LocalDate(iso: text)! }

    private func byName(_ year: Int) -> [String: LocalDate] {
        Dictionary(uniqueKeysWithValues: SwedishHolidays.holidays(in: year).map { ($0.name, $0.date) })
    }

    @Test func the2022Dates() {
        let days = byName(2022)
        #expect(days["nyårsdagen"] == date("2022-01-01"))
        #expect(days["trettondedag jul"] == date("2022-01-06"))
        #expect(days["långfredagen"] == date("2022-04-15"))
        #expect(days["påskafton"] == date("2022-04-16"))
        #expect(days["påskdagen"] == date("2022-04-17"))
        #expect(days["annandag påsk"] == date("2022-04-18"))
        #expect(days["första maj"] == date("2022-05-01"))
        #expect(days["Kristi himmelsfärdsdag"] == date("2022-05-26"))
        #expect(days["pingstdagen"] == date("2022-06-05"))
        #expect(days["nationaldagen"] == date("2022-06-06"))
        #expect(days["midsommarafton"] == date("2022-06-24"))
        #expect(days["midsommardagen"] == date("2022-06-25"))
        #expect(days["alla helgons dag"] == date("2022-11-05"))
        #expect(days["julafton"] == date("2022-12-24"))
        #expect(days["juldagen"] == date("2022-12-25"))
        #expect(days["annandag jul"] == date("2022-12-26"))
        #expect(days["nyårsafton"] == date("2022-12-31"))
        #expect(days.count == 17)
    }

    @Test func the2026Dates() {
        let days = byName(2026)
        #expect(days["långfredagen"] == date("2026-04-03"))
        #expect(days["påskdagen"] == date("2026-04-05"))
        #expect(days["annandag påsk"] == date("2026-04-06"))
        #expect(days["Kristi himmelsfärdsdag"] == date("2026-05-14"))
        #expect(days["pingstdagen"] == date("2026-05-24"))
        #expect(days["midsommarafton"] == date("2026-06-19"))
        #expect(days["midsommardagen"] == date("2026-06-20"))
        #expect(days["alla helgons dag"] == date("2026-10-31"))
    }

    /// Easter Sundays from published tables, including the earliest (22 March)
    /// and latest (25 April) possible dates.
    @Test(arguments: [
        (1818, "1818-03-22"), (1943, "1943-04-25"), (2000, "2000-04-23"), (2019, "2019-04-21"),
        (2024, "2024-03-31"), (2025, "2025-04-20"), (2038, "2038-04-25"), (2285, "2285-03-22"),
    ])
    func easterSunday(year: Int, expected: String) {
        #expect(SwedishHolidays.easterSunday(in: year) == date(expected))
    }

    @Test func midsummerAndAllSaintsFallOnTheirWeekdays() {
        for year in 1990...2060 {
            let days = byName(year)
            #expect(days["midsommarafton"]!.weekday == .fri)
            #expect((19...25).contains(days["midsommarafton"]!.day))
            #expect(days["midsommardagen"]! == days["midsommarafton"]!.adding(days: 1))
            #expect(days["alla helgons dag"]!.weekday == .sat)
            #expect(days["påskdagen"]!.weekday == .sun)
            #expect(days["Kristi himmelsfärdsdag"]!.weekday == .thu)
        }
    }

    @Test func holidaysComeInDateOrder() {
        let dates = SwedishHolidays.holidays(in: 2022).map(\.date)
        #expect(dates == dates.sorted())
    }
}
