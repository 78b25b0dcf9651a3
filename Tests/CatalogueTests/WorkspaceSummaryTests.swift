import CirclesTesting
import Testing

@testable import Catalogue

@Suite("Workspace summary")
struct WorkspaceSummaryTests {
    @Test func summarisesTheFixture() throws {
        let workspace = try WorkspaceFixture().load()
        let lines = WorkspaceSummary(workspace).lines
        #expect(
            Array(lines.dropFirst()) == [
                "courses: 2 (1 feminist-training, 1 media-training)",
                "circles to form: 1 fixed in circles.yaml, 1 more course with enrolments (3 enrolments)",
                "people: 3 (3 member, 1 trainer, 1 candidate)",
                "venues: 2 (1 online), rooms: 3",
                "terms:",
                "  spring-2022 Våren 2022 2022-01-10..2022-06-17: 8 blocked days: långfredagen, påskafton, påskdagen, annandag påsk, första maj, Kristi himmelsfärdsdag, pingstdagen, nationaldagen",
                "  autumn-2022 Hösten 2022 2022-08-15..2022-12-16: 15 blocked days: Valspurt ×13, Valdag, alla helgons dag",
            ]
        )
        #expect(lines[0].hasSuffix("/Courses: valid (Vänsterpartiet Värmland)"))
    }
}
