import CirclesTesting
import Testing

@testable import Catalogue

@Suite("Travel")
struct TravelTests {
    @Test func distancesFromAPersonsAssociation() throws {
        let workspace = try WorkspaceFixture().load()
        let erik = try #require(workspace.person("p0002"))  // Arvika
        let anna = try #require(workspace.person("p0001"))  // Karlstad
        let karlstad = try #require(workspace.venue("abf-karlstad"))
        let digital = try #require(workspace.venue("digital"))
        #expect(workspace.travelKilometres(of: anna, to: karlstad) == 0)
        #expect(abs(workspace.travelKilometres(of: erik, to: karlstad)! - 60.21) < 0.01)
        #expect(workspace.travelKilometres(of: erik, to: digital) == nil)
        // 60.2 km is just beyond the fixture's max_km: 60.
        #expect(!workspace.isWithinTravel(of: erik, to: karlstad))
        #expect(workspace.isWithinTravel(of: anna, to: karlstad))
        #expect(workspace.isWithinTravel(of: erik, to: digital))
    }
}
