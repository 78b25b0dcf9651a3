import CirclesTesting
import Testing

@testable import Catalogue

@Suite("Blocked days")
struct BlockedDaysTests {
    private func date(_ text: String) -> LocalDate { LocalDate(iso: text)! }

    @Test func holidaysAndBlackoutsWithTheirNames() throws {
        let workspace = try WorkspaceFixture().load()
        let feminist = try #require(workspace.course("feministisk-grundkurs"))
        let autumn = try #require(workspace.term("autumn-2022"))
        let blocked = workspace.blockedDays(for: feminist, in: autumn)
        // Valspurt 29 Aug - 10 Sep (13 days), Valdag 11 Sep, alla helgons dag 5 Nov.
        #expect(blocked.count == 15)
        #expect(blocked.first == BlockedDay(date: date("2022-08-29"), reason: .blackout("Valspurt")))
        #expect(blocked.contains(BlockedDay(date: date("2022-09-11"), reason: .blackout("Valdag"))))
        #expect(blocked.last == BlockedDay(date: date("2022-11-05"), reason: .holiday("alla helgons dag")))
    }

    @Test func unlessTagExemptsTheCourse() throws {
        let workspace = try WorkspaceFixture().load()
        let media = try #require(workspace.course("mediatraning-kandidater"))
        let autumn = try #require(workspace.term("autumn-2022"))
        #expect(workspace.blockedDays(for: media, in: autumn).map(\.reason.name) == ["Valdag", "alla helgons dag"])
        #expect(workspace.blockReason(on: date("2022-09-01"), for: media) == nil)
        #expect(workspace.blockReason(on: date("2022-09-01"), for: nil) == .blackout("Valspurt"))
    }

    @Test func springTermHolidays() throws {
        let workspace = try WorkspaceFixture().load()
        let spring = try #require(workspace.term("spring-2022"))
        let names = workspace.blockedDays(for: nil, in: spring).map(\.description)
        #expect(
            names == [
                "2022-04-15 långfredagen", "2022-04-16 påskafton", "2022-04-17 påskdagen", "2022-04-18 annandag påsk",
                "2022-05-01 första maj", "2022-05-26 Kristi himmelsfärdsdag", "2022-06-05 pingstdagen",
                "2022-06-06 nationaldagen",
            ]
        )
    }

    @Test func withoutHolidaysOnlyBlackoutsBlock() throws {
        var fixture = WorkspaceFixture()
        try fixture.apply(.replace("plan.yaml", "holidays: se\n", ""))
        let workspace = try fixture.load()
        let spring = try #require(workspace.term("spring-2022"))
        #expect(workspace.blockedDays(for: nil, in: spring).isEmpty)
    }
}
