import ArgumentParser
import Foundation
import ITC2007

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a solution file against an instance with the independent checker.",
        discussion: "Prints the hard violation counts, each soft cost and the total, as the ITC-2007 validator does."
    )

    @Argument(help: "The .ctt instance file.")
    var instance: String

    @Argument(help: "The solution file (course room day period per line).")
    var solution: String

    func run() throws {
        let inst = try Instance(contentsOf: instance)
        guard let text = try? String(contentsOfFile: solution, encoding: .utf8) else {
            throw ValidationError("cannot read the solution file \(solution)")
        }
        print(Checker.check(inst, solution: text))
    }
}
