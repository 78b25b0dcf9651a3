import Foundation
import ITC2007
import Solver
import Testing

@Suite struct ITC2007Tests {
    static let comp01 = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/comp01.ctt").path

    /// 2 days x 2 periods, 2 rooms, 3 courses; c1 and c2 in curriculum q, c1 and c3 share teacher t1.
    static let tiny = """
        Name: Tiny
        Courses: 3
        Rooms: 2
        Days: 2
        Periods_per_day: 2
        Curricula: 1
        Constraints: 1

        COURSES:
        c1 t1 2 2 30
        c2 t2 1 1 10
        c3 t1 1 1 50

        ROOMS:
        rA 40
        rB 20

        CURRICULA:
        q 2 c1 c2

        UNAVAILABILITY_CONSTRAINTS:
        c2 1 1

        END.
        """

    @Test func parsesComp01() throws {
        let instance = try Instance(contentsOf: Self.comp01)
        #expect(instance.name == "Fis0506-1")
        #expect(instance.courses.count == 30 && instance.rooms.count == 6)
        #expect(instance.days == 5 && instance.periodsPerDay == 6)
        #expect(instance.curricula.count == 14 && instance.unavailability.count == 53)
        #expect(
            instance.courses[0]
                == Instance.Course(name: "c0001", teacher: "t000", lectures: 6, minWorkingDays: 4, students: 130)
        )
    }

    @Test func truncatedFileIsAnErrorNamingWhatWasExpected() {
        #expect(throws: ITCError(file: "t.ctt", message: "file ends where Rooms was expected")) {
            try Instance(parsing: "Name: X Courses: 1 Rooms:", file: "t.ctt")
        }
    }

    /// Costs worked out by hand from FORMAT.md.
    @Test func checkerCountsEachRuleOnAHandMadeSolution() throws {
        let instance = try Instance(parsing: Self.tiny)
        // c1: day 0 p0 in rA, day 0 p1 in rB -> 1 day (MWD 5), 2 rooms (stability 1), capacity 30-20=10.
        // c2: day 1 p1 -> unavailable (1 hard); in rB: capacity 0. Curriculum q: periods 0,1 adjacent
        //     (not isolated); period 3 (day 1 p1) alone -> 2.
        // c3: day 0 p0 in rA with c1 (teacher t1) -> conflict 1, room occupancy 1; capacity 50-40=10.
        let solution = "c1 rA 0 0\nc1 rB 0 1\nc2 rB 1 1\nc3 rA 0 0\nbogus rA 0 0\nc1 rA 0 0\n"
        let report = Checker.check(instance, solution: solution)
        #expect(report.skippedLines == ["bogus rA 0 0", "c1 rA 0 0"])
        #expect(report.lectures == 0)
        #expect(report.roomOccupancy == 1)
        #expect(report.conflicts == 1)
        #expect(report.availability == 1)
        #expect(report.roomCapacity == 20)
        #expect(report.minimumWorkingDays == 5)
        #expect(report.curriculumCompactness == 2)
        #expect(report.roomStability == 1)
        #expect(report.totalCost == 28)
        #expect(report.description.hasSuffix("Summary: Violations = 3, Total Cost = 28"))
        // A missing lecture is one Lectures violation.
        #expect(Checker.check(instance, solution: "c1 rA 0 0\nc2 rA 1 0\nc3 rA 1 1\n").lectures == 1)
    }

    @Test func engineAndCheckerAgreeOnTinyAndComp01() throws {
        for instance in [try Instance(parsing: Self.tiny), try Instance(contentsOf: Self.comp01)] {
            let mapping = Mapping(instance)
            let solver = try Solver(mapping.problem)
            let solution = solver.solve(Parameters(seed: 4, moveBudget: 100_000, timeLimit: 60))
            #expect(solution.score.hard == 0 && solution.score.unassigned == 0)
            let report = Checker.check(instance, solution: mapping.solutionText(solution.assignment))
            #expect(report.hardViolations == 0)
            #expect(report.totalCost == solution.score.soft)
            #expect(report.roomCapacity == solution.score.parts[0])
            #expect(report.minimumWorkingDays == solution.score.parts[1])
            #expect(report.curriculumCompactness == solution.score.parts[2])
            #expect(report.roomStability == solution.score.parts[3])
        }
    }
}
