import CirclesTesting
import Testing

@testable import Catalogue

@Suite("Validation: every problem of a run")
struct ManyMistakesTests {
    /// Twenty rules of the table, chosen so that no mistake hides or causes another.
    static let twenty = [
        "unknown key in plan", "malformed time", "negative travel",
        "zero capacity", "unknown key without a close match", "unknown key in associations",
        "unknown key in course", "a value outside its choices",
        "course term", "course after",
        "person association", "malformed unavailable hours", "malformed year of birth",
        "enrolment course", "enrolment outside the audience",
        "circle leader", "pin room", "circle participant", "pin outside the circle's term", "circle venue",
    ]

    @Test func twentyMistakesGiveTwentyProblemsInOneRun() throws {
        let cases = Self.twenty.compactMap { name in validationCases.first { $0.rule == name } }
        try #require(cases.count == 20)
        var fixture = WorkspaceFixture()
        for broken in cases { try fixture.apply(broken.edits) }
        let problems = try fixture.problems()
        #expect(problems.count == 20, "found:\n\(problems.joined(separator: "\n"))")
        #expect(Set(problems) == Set(cases.flatMap(\.expected)))
    }

    @Test func problemsComeInFileOrderThenAcrossFiles() throws {
        var fixture = WorkspaceFixture()
        try fixture.apply(.replace("circles.yaml", "leader: p0001", "leader: p0100"))
        try fixture.apply(.replace("plan.yaml", "timezone:", "timezon:"))
        try fixture.apply(.replace("people.csv", ",1990,", ",90,"))
        let problems = try fixture.problems()
        #expect(
            problems == [
                "{root}/plan.yaml:2: timezon: unknown key; did you mean 'timezone'?",
                "{root}/people.csv:3: born: expected a year of birth such as 1978, found '90'",
                "{root}/circles.yaml:5: leader: no person 'p0100' in {root}/people.csv",
            ]
        )
    }

    @Test func theErrorListsEveryProblemThenTheCount() throws {
        var fixture = WorkspaceFixture()
        try fixture.apply(.replace("plan.yaml", "timezone:", "timezon:"))
        try fixture.apply(.replace("people.csv", ",1990,", ",90,"))
        let root = try fixture.write()
        let error = #expect(throws: WorkspaceLoadError.self) { try Workspace.load(from: root) }
        #expect(
            error?.description == """
                \(root)/plan.yaml:2: timezon: unknown key; did you mean 'timezone'?
                \(root)/people.csv:3: born: expected a year of birth such as 1978, found '90'
                2 problems in the workspace
                """
        )
        #expect(error?.problems.first?.location.column == 1)
        #expect(error?.problems.first?.key == "timezon")
        #expect(error?.problems.last?.location.column == nil)
    }
}
