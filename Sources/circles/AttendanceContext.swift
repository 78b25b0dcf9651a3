import Attendance
import Catalogue
import Foundation
import Planner
import State

/// What every attendance command starts from: the workspace, the plan kept in State
/// and the recorded attendance. Errors become one sentence for the organiser.
struct AttendanceContext {
    let path: String
    let workspace: Workspace
    let schedule: Schedule
    let ledger: AttendanceLedger

    init(workspace path: String) throws {
        self.path = path
        workspace = try WorkspaceLoading.load(path)
        guard let schedule = try KeptSchedule(workspace: path).read() else {
            throw CirclesError("\(path): there is no plan yet; run `circles plan \(path)` first")
        }
        self.schedule = schedule
        ledger = AttendanceLedger(store: try StateStore(workspace: URL(fileURLWithPath: path)))
    }

    /// The default folder for lists: `<workspace>/.circles/lists/`.
    var listsFolder: String { "\(path)/\(StateStore.folderName)/lists" }

    func sheet(_ circle: String) throws -> AttendanceSheet {
        try AttendanceSheet(workspace: workspace, schedule: schedule, circle: Circle.ID(circle))
    }

    /// The circles of `term` (every term when nil) that have sessions, in schedule order.
    func sheets(term: String?) throws -> [AttendanceSheet] {
        if let term, workspace.term(Term.ID(term)) == nil {
            let known = workspace.plan.terms.map(\.id.rawValue).joined(separator: ", ")
            throw CirclesError("there is no term \(term) in plan.yaml (terms: \(known))")
        }
        var sheets: [AttendanceSheet] = []
        for circle in schedule.circles where term == nil || circle.term.rawValue == term {
            guard !circle.sessions.isEmpty else { continue }
            sheets.append(try AttendanceSheet(workspace: workspace, circle: circle))
        }
        return sheets
    }

    /// Today in the plan's time zone: what "held so far" means by default.
    var today: LocalDate { LocalDate(Date(), in: workspace.plan.timeZone) }
}
