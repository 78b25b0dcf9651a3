import ArgumentParser
import Foundation
import ITC2007
import Solver

struct SolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "solve",
        abstract: "Solve an instance and write a solution file.",
        discussion: """
            Prints the engine's score and the independent checker's figures for the written file.
            With --moves the run is deterministic for a seed (the time limit is then only a cap).
            """
    )

    @Argument(help: "The .ctt instance file.")
    var instance: String

    @Option(help: "Seconds of search (wall clock).")
    var timeLimit: Double = 10

    @Option(help: "Random seed.")
    var seed: UInt64 = 1

    @Option(help: "Move budget; when set, the cooling follows moves, not the clock.")
    var moves: Int?

    @Option(help: "Initial temperature factor.")
    var t0: Double = 0.3

    @Option(help: "Final temperature ratio.")
    var ratio: Double = 0.01

    @Option(help: "Annealing chains in parallel, one per thread (default: one per core).")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Where to write the solution (default: stdout only figures).")
    var out: String?

    @Flag(help: "Print progress to stderr.")
    var verbose = false

    func validate() throws {
        if timeLimit <= 0 { throw ValidationError("--time-limit must be positive, e.g. --time-limit 60") }
        if threads < 1 { throw ValidationError("--threads must be 1 or more, not \(threads)") }
    }

    func run() throws {
        let inst = try Instance(contentsOf: instance)
        let mapping = Mapping(inst)
        let solver = try Solver(mapping.problem)
        let parameters = Parameters(
            seed: seed,
            moveBudget: moves,
            timeLimit: timeLimit,
            initialTemperatureFactor: t0,
            finalTemperatureRatio: ratio,
            threads: threads
        )
        let verbose = self.verbose
        let solution = solver.solve(parameters) { p in
            if verbose {
                FileHandle.standardError.write(
                    "\(p.phase.rawValue) t=\(String(format: "%.1f", p.elapsed)) moves=\(p.moves) hard=\(p.hard) unassigned=\(p.unassigned) soft=\(p.soft)\n"
                        .data(using: .utf8)!
                )
            }
        }
        let text = mapping.solutionText(solution.assignment)
        if let out { try text.write(toFile: out, atomically: true, encoding: .utf8) }
        let report = Checker.check(inst, solution: text)
        let parts = zip(Mapping.partNames, solution.score.parts).map { "\($0)=\($1)" }.joined(separator: " ")
        print(
            "instance \(inst.name) seed \(seed) threads \(threads) moves \(solution.moves) construction \(solution.constructionSteps) steps \(String(format: "%.3f", solution.constructionElapsed))s elapsed \(String(format: "%.1f", solution.elapsed))s"
        )
        print(
            "engine: hard \(solution.score.hard) unassigned \(solution.score.unassigned) cost \(solution.score.soft) (\(parts))"
        )
        print(
            "checker: hard \(report.hardViolations) cost \(report.totalCost) (RoomCapacity=\(report.roomCapacity) MinimumWorkingDays=\(report.minimumWorkingDays) CurriculumCompactness=\(report.curriculumCompactness) RoomStability=\(report.roomStability))"
        )
        let agree =
            report.totalCost == solution.score.soft
            && (report.hardViolations == 0) == (solution.score.hard == 0 && solution.score.unassigned == 0)
        print("agree: \(agree ? "yes" : "NO")")
        if !agree { throw ExitCode(2) }
    }
}
