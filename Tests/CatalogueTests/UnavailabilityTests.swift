import CirclesTesting
import Testing

@testable import Catalogue

@Suite("The unavailable mini-language")
struct UnavailabilityTests {
    private func date(_ text: String) -> LocalDate { LocalDate(iso: text)! }
    private func time(_ text: String) -> LocalTime { LocalTime(text: text)! }

    @Test func theFourForms() {
        #expect(Person.Unavailability(text: "wed") == .weekday(.wed))
        #expect(Person.Unavailability(text: "SUN") == .weekday(.sun))
        #expect(Person.Unavailability(text: "2022-03-14") == .date(date("2022-03-14")))
        #expect(
            Person.Unavailability(text: "2022-03-14..2022-03-20")
                == .dates(DateRange(from: date("2022-03-14"), to: date("2022-03-20")))
        )
        #expect(
            Person.Unavailability(text: " mon 18:00-20:00 ") == .hours(.mon, from: time("18:00"), to: time("20:00"))
        )
    }

    @Test(arguments: [
        "wednesday", "2022-02-30", "2022-03-20..2022-03-14", "2022-03-14..", "..2022-03-14", "mon 18-20",
        "mon 20:00-18:00", "funday 18:00-20:00", "mon 18:00", "18:00-20:00", "",
    ])
    func malformed(_ text: String) {
        #expect(Person.Unavailability(text: text) == nil)
    }

    @Test func writesBackAsRead() {
        for text in ["wed", "2022-03-14", "2022-03-14..2022-03-20", "mon 18:00-20:00"] {
            #expect(Person.Unavailability(text: text)?.description == text)
        }
    }

    @Test func whatEachFormBlocks() {
        let monday = date("2022-03-14")
        let tuesday = date("2022-03-15")
        #expect(Person.Unavailability.weekday(.mon).blocksAllDay(monday))
        #expect(!Person.Unavailability.weekday(.mon).blocksAllDay(tuesday))
        #expect(Person.Unavailability.dates(DateRange(from: monday, to: tuesday)).blocksAllDay(tuesday))
        let hours = Person.Unavailability.hours(.mon, from: time("18:00"), to: time("20:00"))
        #expect(!hours.blocksAllDay(monday))
        #expect(hours.blocks(monday, from: time("19:00"), to: time("21:00")))
        #expect(hours.blocks(monday, from: time("17:00"), to: time("18:30")))
        #expect(!hours.blocks(monday, from: time("20:00"), to: time("21:30")))
        #expect(!hours.blocks(monday, from: time("16:00"), to: time("18:00")))
        #expect(!hours.blocks(tuesday, from: time("18:00"), to: time("20:00")))
    }

    @Test func aPersonsAvailability() throws {
        let sara = try #require(WorkspaceFixture().load().person("p0003"))
        #expect(!sara.isAvailable(on: date("2022-03-14"), from: time("18:30"), to: time("21:00")))
        #expect(sara.isAvailable(on: date("2022-03-14"), from: time("20:00"), to: time("21:30")))
        #expect(sara.isUnavailable(allDay: date("2022-04-01")))
        #expect(!sara.isUnavailable(allDay: date("2022-03-14")))
    }
}
