import ArgumentParser
import Catalogue
import Foundation
import ScheduleAudit
import ScheduleFormat

/// Checks a plan of a workspace from the workspace and the schedule JSON alone, with the
/// checkers the planner's tests use (`ScheduleChecker`, `ServiceAudit`): for schedules of
/// workspaces too large for the test suite (Benchmarks/served-share.py runs it on each).
@main
struct ScheduleAuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedule-audit",
        abstract: "Check a schedule against its workspace: every hard rule, and every request left unserved.",
        discussion: """
            Prints each broken hard rule, each circle whose participants share no evening of \
            their course, and each unassigned request whose reason does not hold for that \
            person, then one line of counts. Exits 1 when anything is found, 64 when the \
            workspace or the schedule cannot be read.
            """
    )

    @Argument(help: "The workspace folder (the one `circles plan` read).")
    var workspace: String

    @Argument(help: "The schedule JSON that `circles plan --json` wrote.")
    var schedule: String

    func run() throws {
        // What cannot be read is a usage error (exit 64), never "problems found" (exit 1).
        let workspace: Workspace
        do {
            workspace = try Workspace.load(from: self.workspace)
        } catch {
            throw ValidationError("\(error)")
        }
        guard let data = FileManager.default.contents(atPath: self.schedule) else {
            throw ValidationError("cannot read the schedule \(self.schedule)")
        }
        let schedule: Schedule
        do {
            schedule = try Schedule(jsonData: data)
        } catch {
            throw ValidationError("\(self.schedule) is not a schedule JSON of `circles plan --json`: \(error)")
        }
        let violations = ScheduleChecker(workspace: workspace, schedule: schedule).violations()
        let audit = ServiceAudit(workspace: workspace, schedule: schedule)
        let withoutEvening = audit.circlesWithoutCommonEvening()
        let wrongReasons = audit.wrongReasons()
        for line in violations { print("violation: \(line)") }
        for circle in withoutEvening { print("no common evening: \(circle)") }
        for line in wrongReasons { print("wrong reason: \(line)") }
        print(
            "violations \(violations.count), circles without a common evening \(withoutEvening.count), "
                + "wrong reasons \(wrongReasons.count) (of \(schedule.unassigned.count) unassigned)"
        )
        if !(violations.isEmpty && withoutEvening.isEmpty && wrongReasons.isEmpty) { throw ExitCode(1) }
    }
}
