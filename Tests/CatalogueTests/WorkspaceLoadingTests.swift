import CirclesTesting
import Testing

@testable import Catalogue

@Suite("Loading a valid workspace")
struct WorkspaceLoadingTests {
    @Test func theValidFixtureHasNoProblems() throws {
        #expect(try WorkspaceFixture().problems() == [])
    }

    @Test func planIsReadCompletely() throws {
        let plan = try WorkspaceFixture().load().plan
        #expect(plan.organisation == "Vänsterpartiet Värmland")
        #expect(plan.timeZoneIdentifier == "Europe/Stockholm")
        #expect(plan.timeZone.identifier == "Europe/Stockholm")
        #expect(plan.language == .sv)
        #expect(plan.holidays == .se)
        #expect(plan.terms.map(\.id) == ["spring-2022", "autumn-2022"])
        #expect(plan.terms[0].name == "Våren 2022")
        #expect(
            plan.terms[0].dates
                == DateRange(
                    from: LocalDate(year: 2022, month: 1, day: 10)!,
                    to: LocalDate(year: 2022, month: 6, day: 17)!
                )
        )
        #expect(plan.windows.map(\.id) == ["evening", "weekend"])
        #expect(plan.windows[0].days == [.mon, .tue, .wed, .thu])
        #expect(plan.windows[0].from == LocalTime(hour: 18, minute: 0))
        #expect(plan.windows[0].to == LocalTime(hour: 21, minute: 30))
        #expect(plan.windows[0].minutes == 210)
        #expect(plan.windows[1].days == [.sat, .sun])
        #expect(plan.blackouts.count == 2)
        #expect(plan.blackouts[0].dates == DateRange(day: LocalDate(iso: "2022-09-11")!))
        #expect(plan.blackouts[0].reason == "Valdag")
        #expect(plan.blackouts[0].unlessTag == nil)
        #expect(
            plan.blackouts[1].dates == DateRange(from: LocalDate(iso: "2022-08-29")!, to: LocalDate(iso: "2022-09-10")!)
        )
        #expect(plan.blackouts[1].unlessTag == "election")
        #expect(plan.travel.maxKilometres == 60)
    }

    @Test func venuesRoomsAndAssociationsAreRead() throws {
        let workspace = try WorkspaceFixture().load()
        let karlstad = try #require(workspace.venue("abf-karlstad"))
        #expect(karlstad.name == "ABF Värmland, Karlstad")
        #expect(karlstad.municipality == "Karlstad")
        #expect(karlstad.address == "Drottninggatan 1, Karlstad")
        #expect(karlstad.coordinate == Coordinate(latitude: 59.3793, longitude: 13.5036))
        #expect(!karlstad.isOnline)
        #expect(karlstad.rooms.map(\.id) == ["abf-karlstad/stora", "abf-karlstad/lilla"])
        #expect(karlstad.rooms[0].features == ["accessible", "projector"])
        #expect(karlstad.rooms[0].capacity == 30)
        #expect(karlstad.rooms[0].name == "Stora salen")
        #expect(karlstad.isClosed(on: LocalDate(iso: "2022-07-15")!))
        #expect(!karlstad.isClosed(on: LocalDate(iso: "2022-08-08")!))
        let digital = try #require(workspace.venue("digital"))
        #expect(digital.isOnline)
        #expect(digital.coordinate == nil)
        #expect(digital.url(for: "fem-karlstad-var22") == "https://meet.example.org/fem-karlstad-var22")
        #expect(workspace.room("digital/main")?.capacity == 100)
        #expect(workspace.room("digital/main")?.name == "main")
        #expect(workspace.room("digital/main")?.isOnline == true)
        #expect(workspace.rooms.count == 3)
        #expect(workspace.associations.map(\.id) == ["karlstad", "arvika"])
        #expect(workspace.association("arvika")?.coordinate == Coordinate(latitude: 59.6553, longitude: 12.5852))
    }

    @Test func coursesAreReadWithEveryKey() throws {
        let workspace = try WorkspaceFixture().load()
        #expect(workspace.courses.map(\.id) == ["feministisk-grundkurs", "mediatraning-kandidater"])
        let feminist = try #require(workspace.course("feministisk-grundkurs"))
        #expect(feminist.title == "Feministisk grundkurs")
        #expect(feminist.kind == .feministTraining)
        #expect(feminist.description == "Fyra träffar om partiets feministiska analys.\n")
        #expect(feminist.abf == .studyCircle)
        #expect(feminist.format == .inPerson)
        #expect(feminist.sessions == 4)
        #expect(feminist.length == 150)
        #expect(feminist.studyHours == 12)
        #expect(feminist.cadence == .weekly)
        #expect(workspace.windows(of: feminist).map(\.id) == ["evening"])
        #expect(feminist.participants == 4...12)
        #expect(feminist.audience == [.member])
        #expect(feminist.leaderQualification == Qualification("feminist-trainer"))
        #expect(feminist.roomRequirement.features == ["projector"])
        #expect(workspace.terms(of: feminist).map(\.id) == ["spring-2022", "autumn-2022"])
        #expect(feminist.deadline == LocalDate(iso: "2022-12-01"))
        #expect(feminist.after == [])
        #expect(feminist.tags == [])
        #expect(feminist.location.file.hasSuffix("Courses/catalogue/feministisk-grundkurs.yaml"))
        #expect(feminist.location.line == 1)
        let media = try #require(workspace.course("mediatraning-kandidater"))
        #expect(media.abf == nil)
        #expect(media.format == .digital)
        #expect(media.length == 90)
        #expect(media.cadence == .days)
        #expect(media.after == ["feministisk-grundkurs"])
        #expect(media.tags == ["election"])
        #expect(media.roomRequirement == .none)
        #expect(media.deadline == nil)
    }

    @Test func peopleAreReadWithEveryColumn() throws {
        let workspace = try WorkspaceFixture().load()
        #expect(workspace.people.map(\.id) == ["p0001", "p0002", "p0003"])
        let anna = try #require(workspace.person("p0001"))
        #expect(anna.name == "Anna Andersson")
        #expect(workspace.association(anna.association)?.name == "Vänsterpartiet Karlstad")
        #expect(anna.roles == [.member, .trainer])
        #expect(anna.qualifications == [Qualification("feminist-trainer"), Qualification("media-trainer")])
        #expect(
            anna.unavailable == [
                .weekday(.wed),
                .dates(DateRange(from: LocalDate(iso: "2022-03-14")!, to: LocalDate(iso: "2022-03-20")!)),
            ]
        )
        #expect(anna.born == 1978)
        #expect(anna.gender == .female)
        #expect(anna.email == nil)
        #expect(anna.location.line == 2)
        let sara = try #require(workspace.person("p0003"))
        #expect(sara.name == "Lind, Sara")
        #expect(sara.gender == .other)
        #expect(sara.email == "sara@example.org")
        #expect(
            sara.unavailable == [
                .hours(.mon, from: LocalTime(hour: 18, minute: 0)!, to: LocalTime(hour: 20, minute: 0)!),
                .date(LocalDate(iso: "2022-04-01")!),
            ]
        )
        #expect(sara.location.line == 4)
        #expect(workspace.people(holding: Qualification("media-trainer")).map(\.id) == ["p0001"])
    }

    @Test func enrolmentsAndFixedCirclesAreResolved() throws {
        let workspace = try WorkspaceFixture().load()
        #expect(workspace.enrolments.map(\.person) == ["p0002", "p0002", "p0003"])
        #expect(workspace.enrolments.map(\.location.line) == [2, 3, 4])
        #expect(workspace.enrolments(for: "feministisk-grundkurs").map(\.person) == ["p0002", "p0003"])
        for enrolment in workspace.enrolments {
            #expect(workspace.person(enrolment.person) != nil)
            #expect(workspace.course(enrolment.course) != nil)
        }
        let circle = try #require(workspace.fixedCircle("fem-karlstad-var22"))
        #expect(circle.course == "feministisk-grundkurs")
        #expect(circle.term == "spring-2022")
        #expect(circle.venue == "abf-karlstad")
        #expect(circle.leader == "p0001")
        #expect(circle.participants == ["p0002", "p0003"])
        #expect(circle.location.line == 1)
        #expect(
            circle.pins == [
                FixedCircle.Pin(
                    session: 1,
                    date: LocalDate(iso: "2022-02-01")!,
                    start: LocalTime(hour: 18, minute: 30)!,
                    room: "abf-karlstad/stora",
                    location: circle.pins[0].location
                )
            ]
        )
        #expect(circle.pins[0].location.line == 8)
        #expect(workspace.room(circle.pins[0].room!)?.venue == "abf-karlstad")
    }

    @Test func circlesFileIsOptional() throws {
        var fixture = WorkspaceFixture()
        try fixture.apply(.remove("circles.yaml"))
        #expect(try fixture.load().fixedCircles.isEmpty)
    }

    @Test func pathWithTrailingSlashNamesFilesOnce() throws {
        var fixture = WorkspaceFixture()
        try fixture.apply(.replace("plan.yaml", "timezone: Europe/Stockholm", "timezone: Mars/Olympus"))
        let root = try fixture.write()
        let error = #expect(throws: WorkspaceLoadError.self) { try Workspace.load(from: root + "/") }
        #expect(error?.problems.map(\.location.file) == [root + "/plan.yaml"])
    }
}
