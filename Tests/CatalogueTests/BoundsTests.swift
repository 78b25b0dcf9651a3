import CirclesTesting
import Foundation
import Testing

@testable import Catalogue

/// Probe 7 of issue 15: unbounded work. A term of 1,000 years took 28 s and 2.8 GB, one
/// from year 1 to 9999 never ended, a 10 MB unknown id made "did you mean" run for minutes,
/// and 200,000 duplicate enrolments printed 37 MB. Each is now refused or cut, fast.
@Suite("Bounds on what a workspace may ask")
struct BoundsTests {
    /// Runs `body`, prints how long it took, returns its result.
    static func timed<T>(_ label: String, _ body: () throws -> T) rethrows -> T {
        let start = Date()
        let result = try body()
        print("\(label): \(String(format: "%.3f", Date().timeIntervalSince(start))) s")
        return result
    }

    @Test func aThousandYearTermIsRefused() throws {
        var fixture = WorkspaceFixture()
        try fixture.apply([.replace("plan.yaml", "to: 2022-06-17", "to: 3022-06-17")])
        let problems = try Self.timed("a 1,000-year term") { try fixture.problems() }
        #expect(
            problems == [
                "{root}/plan.yaml:6: to: term 'spring-2022' lasts 365401 days; a term lasts at most a year (366 days): split it into terms"
            ]
        )
    }

    @Test func aTermFromYearOneToYear9999IsRefused() throws {
        var fixture = WorkspaceFixture()
        try fixture.apply([
            .replace("plan.yaml", "from: 2022-01-10, to: 2022-06-17", "from: 0001-01-01, to: 9999-12-31")
        ])
        let problems = try Self.timed("a term from year 1 to 9999") { try fixture.problems() }
        #expect(problems.count == 1)
        #expect(
            problems.first?.hasPrefix("{root}/plan.yaml:6: to: term 'spring-2022' lasts 3652059 days") == true,
            "\(problems)"
        )
    }

    @Test func aTermOfAYearIsAccepted() throws {
        var fixture = WorkspaceFixture()
        try fixture.apply([
            .replace("plan.yaml", "from: 2022-01-10, to: 2022-06-17", "from: 2022-01-01, to: 2022-12-31")
        ])
        #expect(try fixture.problems().filter { $0.contains("lasts") } == [])
    }

    @Test func aTenMegabyteUnknownIdIsRefusedFastAndCutInTheMessage() throws {
        let huge = String(repeating: "a", count: 10_000_000)
        var fixture = WorkspaceFixture()
        try fixture.apply([.replace("enrolments.csv", "p0003,feministisk-grundkurs", "p0003,\(huge)")])
        let problems = try Self.timed("a 10 MB unknown course id") { try fixture.problems() }
        #expect(
            problems == [
                "{root}/enrolments.csv:4: course: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa… (10000002 characters) is not a valid id: at most 64 characters (this one has 10000000)"
            ]
        )
    }

    @Test func aTenMegabytePersonIdIsRefusedFast() throws {
        let huge = String(repeating: "p", count: 10_000_000)
        var fixture = WorkspaceFixture()
        try fixture.apply([.replace("people.csv", "p0003,\"Lind", "\(huge),\"Lind")])
        let problems = try Self.timed("a 10 MB person id") { try fixture.problems() }
        #expect(
            problems.first
                == "{root}/people.csv:4: id: 'ppppppppppppppppppppppppppppppppppppppp… (10000002 characters) is not a valid id: at most 64 characters (this one has 10000000)"
        )
        #expect(problems.allSatisfy { $0.utf8.count < 400 })
    }

    @Test func idsOfMoreThan64CharactersAreRefused() throws {
        let longest = "p" + String(repeating: "1", count: 63)
        var fine = WorkspaceFixture()
        try fine.apply([
            .replace("people.csv", "p0003,", "\(longest),"), .replace("enrolments.csv", "p0003,", "\(longest),"),
            .replace("circles.yaml", "p0003]", "\(longest)]"),
        ])
        let fineProblems = try fine.problems()
        #expect(fineProblems == [], "\(fineProblems)")
        var tooLong = WorkspaceFixture()
        try tooLong.apply([
            .replace("people.csv", "p0003,", "\(longest)1,"), .replace("enrolments.csv", "p0003,", "\(longest)1,"),
        ])
        let problems = try tooLong.problems()
        #expect(
            problems.first
                == "{root}/people.csv:4: id: '\(longest)1' is not a valid id: at most 64 characters (this one has 65)"
        )
    }

    @Test func atMost200ProblemsAreListedThenTheCountOfTheRest() throws {
        var rows = "person,course\n"
        for _ in 0..<300 { rows += "p0002,feministisk-grundkurs\n" }
        var fixture = WorkspaceFixture()
        try fixture.apply([.write("enrolments.csv", rows)])
        let root = try fixture.write()
        defer {
            try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: root).deletingLastPathComponent().path)
        }
        let error = #expect(throws: WorkspaceLoadError.self) { try Workspace.load(from: root) }
        #expect(error?.problems.count == 200)
        #expect(error?.total == 299)
        #expect(error?.description.hasSuffix("\n... and 99 more problems\n299 problems in the workspace") == true)
    }

    /// Point 8: a course whose `max` and leader exceed its largest room was an error that
    /// stopped the whole plan, though smaller circles fit. Now a warning and a cap.
    @Test func aCourseLargerThanItsLargestRoomIsAWarningAndACap() throws {
        var fixture = WorkspaceFixture()
        try fixture.apply([.replace("venues.yaml", "capacity: 30", "capacity: 12")])
        #expect(try fixture.problems() == [])
        let workspace = try fixture.load()
        #expect(
            workspace.warnings.map { $0.description.replacingOccurrences(of: workspace.path, with: "{root}") } == [
                "{root}/catalogue/feministisk-grundkurs.yaml:12: participants: no physical room with projector holds 13 people (12 participants and the leader); the largest, abf-karlstad/stora, holds 12: its circles get at most 11 participants"
            ]
        )
    }

    @Test func suggestionsAreOnlyBetweenShortStrings() {
        #expect(
            Suggestion.closest(to: "feministisk-grundkur", among: ["feministisk-grundkurs"]) == "feministisk-grundkurs"
        )
        let long = String(repeating: "x", count: 65)
        #expect(Suggestion.closest(to: long, among: [long + "y"]) == nil)
        #expect(Suggestion.closest(to: "x", among: [long]) == nil)
        let huge = String(repeating: "a", count: 10_000_000)
        #expect(Self.timed("a suggestion for a 10 MB word") { Suggestion.closest(to: huge, among: ["a"]) } == nil)
    }
}
