import Catalogue
import CirclesTesting
import Foundation
import Testing

/// What comes from outside the files (the web's sign-ups, leavings and erasures) merged into
/// the workspace and validated with it, each named by its own location.
@Suite struct WorkspaceAdditionsTests {
    static let signup12 = Catalogue.SourceLocation(file: "sign-up 12")

    static func newPerson(
        _ id: String = "w12",
        association: String = "karlstad",
        roles: [Person.Role] = [.member],
        born: Int? = 1990,
        unavailable: [Person.Unavailability] = [.weekday(.mon)],
        location: Catalogue.SourceLocation = signup12
    ) -> Person {
        Person(
            id: Person.ID(id),
            name: "Ny Person",
            association: Association.ID(association),
            roles: roles,
            qualifications: [],
            unavailable: unavailable,
            born: born,
            gender: .other,
            email: "ny@example.org",
            location: location
        )
    }

    /// Loads the fixture with `additions`; the problems with the path as `{root}`.
    static func load(
        _ additions: WorkspaceAdditions,
        fixture: WorkspaceFixture = WorkspaceFixture()
    ) throws -> Result<
        Workspace, WorkspaceLoadError
    > {
        let root = try fixture.write()
        defer {
            try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: root).deletingLastPathComponent().path)
        }
        do {
            return .success(try Workspace.load(from: root) { _ in additions })
        } catch {
            return .failure(error)
        }
    }

    static func problems(_ additions: WorkspaceAdditions) throws -> [String] {
        let root = try WorkspaceFixture().write()
        defer {
            try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: root).deletingLastPathComponent().path)
        }
        do {
            _ = try Workspace.load(from: root) { _ in additions }
            return []
        } catch {
            return error.problems.map { $0.description.replacingOccurrences(of: root, with: "{root}") }
        }
    }

    @Test func nothingAddedIsTheWorkspaceOfTheFilesWithItsFingerprint() throws {
        let root = try WorkspaceFixture().write()
        defer {
            try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: root).deletingLastPathComponent().path)
        }
        let files = try Workspace.load(from: root)
        var seen: Workspace?
        let added = try Workspace.load(from: root) { workspace in
            seen = workspace
            return WorkspaceAdditions()
        }
        #expect(seen?.people == files.people)
        #expect(added.fingerprint == files.fingerprint)
        #expect(added.additionsFingerprint == nil)
        #expect(added.people == files.people && added.enrolments == files.enrolments)
    }

    @Test func aNewPersonAndTheirRequestJoinTheWorkspaceAndChangeItsFingerprint() throws {
        let root = try WorkspaceFixture().write()
        defer {
            try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: root).deletingLastPathComponent().path)
        }
        let files = try Workspace.load(from: root)
        let additions = WorkspaceAdditions(
            people: [Self.newPerson()],
            enrolments: [Enrolment(person: "w12", course: "feministisk-grundkurs", location: Self.signup12)]
        )
        let workspace = try Workspace.load(from: root) { _ in additions }
        #expect(workspace.person("w12")?.location == Self.signup12)
        #expect(workspace.enrolments.last == additions.enrolments[0])
        #expect(workspace.enrolments.count == files.enrolments.count + 1)
        #expect(workspace.fingerprint != files.fingerprint)
        var other = additions
        other.enrolments = []
        #expect(try Workspace.load(from: root) { _ in other }.fingerprint != workspace.fingerprint)
    }

    @Test func aRequestTheFilesHoldAlreadyIsNotAddedTwice() throws {
        let additions = WorkspaceAdditions(
            enrolments: [Enrolment(person: "p0003", course: "feministisk-grundkurs", location: Self.signup12)]
        )
        let workspace = try Self.load(additions).get()
        #expect(
            workspace.enrolments.filter { $0.person == "p0003" }.map(\.location.file) == [
                workspace.path + "/enrolments.csv"
            ]
        )
    }

    @Test func badSignupsAreNamedByTheirNumber() throws {
        let additions = WorkspaceAdditions(
            people: [
                Self.newPerson(association: "kil"),
                Self.newPerson("p0002", location: Catalogue.SourceLocation(file: "sign-up 13")),
            ],
            enrolments: [
                Enrolment(person: "w12", course: "retorik", location: Self.signup12),
                Enrolment(
                    person: "p0003",
                    course: "mediatraning-kandidater",
                    location: Catalogue.SourceLocation(file: "sign-up 14")
                ),
            ],
            unavailability: [
                .init(person: "w99", entries: [.weekday(.tue)], location: Catalogue.SourceLocation(file: "sign-up 15"))
            ],
            problems: [
                WorkspaceProblem(
                    location: Catalogue.SourceLocation(file: "sign-up 16"),
                    key: "role",
                    message: "'boss' is not a role"
                )
            ]
        )
        #expect(
            try Self.problems(additions) == [
                "sign-up 16: role: 'boss' is not a role",
                "sign-up 13: person: duplicate person id 'p0002' (first declared at {root}/people.csv:3)",
                "sign-up 15: person: no person 'w99' in {root}/people.csv",
                "sign-up 12: association: no association 'kil' in {root}/associations.yaml",
                "sign-up 12: course: no course 'retorik' in {root}/catalogue",
                "sign-up 14: person: p0003 (member) may not take 'mediatraning-kandidater': it is open to candidate",
            ]
        )
    }

    @Test func aSignupUnderThirteenForAStudyCircleIsRefused() throws {
        let additions = WorkspaceAdditions(
            people: [Self.newPerson(born: 2015)],
            enrolments: [Enrolment(person: "w12", course: "feministisk-grundkurs", location: Self.signup12)]
        )
        #expect(
            try Self.problems(additions) == [
                "sign-up 12: person: w12 (born 2015) is under 13, the youngest age in an ABF study circle"
            ]
        )
    }

    @Test func weekdaysThatNeverSuitAreAddedToAPersonsUnavailability() throws {
        let additions = WorkspaceAdditions(
            unavailability: [
                .init(person: "p0003", entries: [.weekday(.tue), .weekday(.wed)], location: Self.signup12),
                .init(
                    person: "p0003",
                    entries: [.weekday(.tue)],
                    location: Catalogue.SourceLocation(file: "sign-up 13")
                ),
            ]
        )
        let person = try #require(try Self.load(additions).get().person("p0003"))
        #expect(person.unavailable.map(\.description) == ["mon 18:00-20:00", "2022-04-01", "tue", "wed"])
        #expect(person.isUnavailable(allDay: LocalDate(iso: "2022-03-01")!))  // a Tuesday
    }

    @Test func aWithdrawalDropsTheRequestAndTheFixedPlace() throws {
        let additions = WorkspaceAdditions(
            withdrawals: [
                .init(
                    person: "p0003",
                    course: "feministisk-grundkurs",
                    circle: "fem-karlstad-var22",
                    location: Catalogue.SourceLocation(file: "leaving")
                )
            ]
        )
        let workspace = try Self.load(additions).get()
        #expect(!workspace.enrolments.contains { $0.person == "p0003" })
        #expect(workspace.fixedCircle("fem-karlstad-var22")?.participants == ["p0002"])
        #expect(workspace.enrolments.contains { $0.person == "p0002" && $0.course == "feministisk-grundkurs" })
    }

    @Test func anErasedPersonHasNoRequestsAndTheirRowIsReported() throws {
        let additions = WorkspaceAdditions(erasures: [
            .init(person: "p0002", location: Catalogue.SourceLocation(file: "erasure"))
        ])
        let workspace = try Self.load(additions).get()
        #expect(!workspace.enrolments.contains { $0.person == "p0002" })
        #expect(workspace.fixedCircle("fem-karlstad-var22")?.participants == ["p0003"])
        let warning = try #require(workspace.warnings.last)
        #expect(warning.location.line == 3)
        #expect(
            warning.description.hasSuffix(
                "id: p0002 erased their data on the web: remove their row here and their rows in enrolments.csv and circles.yaml; their requests no longer count"
            )
        )
        #expect(!warning.description.contains("Erik"))
    }

    @Test func badFilesAreReportedBeforeAnythingIsAdded() throws {
        var fixture = WorkspaceFixture()
        try fixture.apply(.replace("enrolments.csv", "p0003,feministisk", "p0099,feministisk"))
        var asked = false
        let root = try fixture.write()
        defer {
            try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: root).deletingLastPathComponent().path)
        }
        #expect(throws: WorkspaceLoadError.self) {
            try Workspace.load(from: root) { _ in
                asked = true
                return WorkspaceAdditions()
            }
        }
        #expect(!asked)
    }
}
