import Catalogue
import Foundation
import Signups
import State
import Testing

@Suite("The workspace with its sign-ups")
struct SignupsWorkspaceTests {
    @Test func withoutAStateFileItIsTheFilesAndCreatesNoFile() throws {
        let fixture = try SignupsFixture()
        let workspace = try SignupsWorkspace.load(from: fixture.root)
        #expect(!FileManager.default.fileExists(atPath: fixture.stateFile))
        #expect(workspace.fingerprint == (try fixture.files()).fingerprint)
        #expect(workspace.enrolments == (try fixture.files()).enrolments)
    }

    @Test func aStateWithoutSignupsChangesNothing() throws {
        let fixture = try SignupsFixture()
        _ = try fixture.store().token(for: "p0001")
        let workspace = try SignupsWorkspace.load(from: fixture.root)
        #expect(workspace.fingerprint == (try fixture.files()).fingerprint)
        #expect(workspace.people == (try fixture.files()).people)
    }

    @Test func aConfirmedSignupOfSomeoneNewIsAPersonAndARequest() throws {
        let fixture = try SignupsFixture()
        let signup = try fixture.signUpConfirmed(never: ["tue", "thu"])
        let workspace = try SignupsWorkspace.load(from: fixture.root)
        let person = try #require(workspace.person("w1"))
        #expect(person.name == "Ny Medlem")
        #expect(person.email == "ny@example.org")
        #expect(person.association == "karlstad")
        #expect(person.roles == [.member])  // the course's one audience role
        #expect(person.born == 1995 && person.gender == .other)
        #expect(person.unavailable == [.weekday(.tue), .weekday(.thu)])
        #expect(person.location.description == "sign-up \(signup.number)")
        #expect(
            workspace.enrolments.last
                == Enrolment(person: "w1", course: "feministisk-grundkurs", location: SourceLocation(file: "sign-up 1"))
        )
        #expect(workspace.fingerprint != (try fixture.files()).fingerprint)
    }

    @Test func aKnownPersonsWeekdaysThatNeverSuitAddToTheirUnavailability() throws {
        let fixture = try SignupsFixture()
        try fixture.signUpConfirmed(email: "sara@example.org", never: ["fri"])
        let workspace = try SignupsWorkspace.load(from: fixture.root)
        let sara = try #require(workspace.person("p0003"))
        #expect(sara.unavailable.map(\.description) == ["mon 18:00-20:00", "2022-04-01", "fri"])
        #expect(workspace.people.count == 3)
    }

    @Test func pendingAndRejectedSignupsCountForNothing() throws {
        let fixture = try SignupsFixture()
        try fixture.signUp(email: "pending@example.org")
        let rejected = try fixture.signUpConfirmed(email: "rejected@example.org")
        _ = try fixture.store().rejectSignup(number: rejected.number, why: "inte medlem")
        let workspace = try SignupsWorkspace.load(from: fixture.root)
        #expect(workspace.people == (try fixture.files()).people)
        #expect(workspace.enrolments == (try fixture.files()).enrolments)
    }

    @Test func leavingDropsTheRequestUnlessTheySignUpAgainAfter() throws {
        let fixture = try SignupsFixture()
        let store = try fixture.store()
        try store.leaveCircle(
            person: "p0003",
            circle: "fem-karlstad-var22",
            course: "feministisk-grundkurs",
            formNonce: "l1"
        )
        var workspace = try SignupsWorkspace.load(from: fixture.root)
        #expect(!workspace.enrolments.contains { $0.person == "p0003" })
        #expect(workspace.fixedCircle("fem-karlstad-var22")?.participants == ["p0002"])
        fixture.clock.advance(days: 1)
        try fixture.signUpConfirmed(email: "sara@example.org")
        workspace = try SignupsWorkspace.load(from: fixture.root)
        #expect(workspace.enrolments.contains { $0.person == "p0003" && $0.course == "feministisk-grundkurs" })
    }

    @Test func anErasedPersonHasNoRequests() throws {
        let fixture = try SignupsFixture()
        let signup = try fixture.signUpConfirmed(email: "erik@example.org", never: ["sat"])
        _ = try fixture.store().erase(person: "p0002", emailKey: "erik@example.org", formNonce: "e1")
        let workspace = try SignupsWorkspace.load(from: fixture.root)
        #expect(!workspace.enrolments.contains { $0.person == "p0002" })
        #expect(!workspace.enrolments.contains { $0.location.description == "sign-up \(signup.number)" })
        #expect(workspace.warnings.contains { $0.message.hasPrefix("p0002 erased their data on the web") })
    }

    @Test func aRoleThatIsNoneIsNamedWithTheSignup() throws {
        let fixture = try SignupsFixture()
        try fixture.signUpConfirmed(role: "boss")
        #expect(throws: SignupsLoadError.self) { try SignupsWorkspace.load(from: fixture.root) }
        do {
            _ = try SignupsWorkspace.load(from: fixture.root)
        } catch {
            #expect(
                error.description == """
                    sign-up 1: role: 'boss' is not a role; expected member, trainer, chair, candidate, membership-officer
                    1 problem in the workspace
                    """
            )
        }
    }

    @Test func aSignupWhoseCourseLeftTheCatalogueIsNamedByItsNumber() throws {
        let fixture = try SignupsFixture()
        try fixture.signUpConfirmed(email: "ny@example.org")
        try fixture.signUpConfirmed("mediatraning-kandidater", email: "ny2@example.org", association: "torsby")
        try FileManager.default.removeItem(
            at: fixture.folder.appendingPathComponent("catalogue/feministisk-grundkurs.yaml")
        )
        try String(
            contentsOf: fixture.folder.appendingPathComponent("catalogue/mediatraning-kandidater.yaml"),
            encoding: .utf8
        ).replacingOccurrences(of: "after: [feministisk-grundkurs]", with: "after: []")
            .write(
                to: fixture.folder.appendingPathComponent("catalogue/mediatraning-kandidater.yaml"),
                atomically: true,
                encoding: .utf8
            )
        try String(contentsOf: fixture.folder.appendingPathComponent("enrolments.csv"), encoding: .utf8)
            .replacingOccurrences(of: "p0002,feministisk-grundkurs\np0003,feministisk-grundkurs\n", with: "")
            .write(to: fixture.folder.appendingPathComponent("enrolments.csv"), atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: fixture.folder.appendingPathComponent("circles.yaml"))
        do {
            _ = try SignupsWorkspace.load(from: fixture.root)
            Issue.record("a sign-up for a course that is gone loaded")
        } catch {
            let lines = error.description.replacingOccurrences(of: fixture.root, with: "{root}")
                .split(separator: "\n").map(String.init)
            #expect(
                lines == [
                    "sign-up 2: association: no association 'torsby' in {root}/associations.yaml",
                    "sign-up 1: course: no course 'feministisk-grundkurs' in {root}/catalogue",
                    "2 problems in the workspace",
                ]
            )
        }
    }
}
