import Catalogue
import Foundation
import Planner
import State

/// What every attendance command starts from: the workspace, the plan kept in State and the
/// recorded attendance, with the lists of one circle or of a term.
public struct AttendanceContext {
    /// The workspace folder as the user named it.
    public let path: String
    public let workspace: Workspace
    public let schedule: Schedule
    public let ledger: AttendanceLedger

    /// The kept plan of the workspace at `path` (already loaded as `workspace`) and its State.
    public init(workspace: Workspace, path: String) throws {
        self.path = path
        self.workspace = workspace
        let store = try StateStore(workspace: URL(fileURLWithPath: path))
        guard let kept = try KeptSchedule.last(in: store, workspace: path) else {
            throw AttendanceContextError.noPlan(workspace: path)
        }
        schedule = kept.schedule
        ledger = AttendanceLedger(store: store)
    }

    /// The default folder for lists: `<workspace>/.circles/lists/`.
    public var listsFolder: String { "\(path)/\(StateStore.folderName)/lists" }

    /// The list of one circle of the kept plan.
    public func sheet(_ circle: Circle.ID) throws(AttendanceSheetError) -> AttendanceSheet {
        try AttendanceSheet(workspace: workspace, schedule: schedule, circle: circle)
    }

    /// The circles of `term` (every term when nil) that have sessions, in schedule order.
    public func sheets(term: Term.ID?) throws -> [AttendanceSheet] {
        if let term, workspace.term(term) == nil {
            throw AttendanceContextError.unknownTerm(term, known: workspace.plan.terms.map(\.id))
        }
        var sheets: [AttendanceSheet] = []
        for circle in schedule.circles where term == nil || circle.term == term {
            guard !circle.sessions.isEmpty else { continue }
            sheets.append(try AttendanceSheet(workspace: workspace, circle: circle))
        }
        return sheets
    }

    /// The audit trail of `circle`, oldest first, one line per changed value: when (the plan's
    /// local time), from where, the session, the person's id (`-` for the meeting's own times),
    /// the field with its old and new value:
    /// `2022-02-01 21:04:05  web lead/fem-karlstad-var22  session 1  p0002  present: - -> yes`.
    /// Empty when nothing is recorded; a circle not in the plan is an error, not an empty trail.
    public func history(of circle: Circle.ID) throws -> [String] {
        let changes = try ledger.history(of: circle)
        guard !changes.isEmpty else {
            _ = try sheet(circle)
            return []
        }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = workspace.plan.timeZone
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return changes.map { change in
            let source = AttendanceSource(
                kind: AttendanceSource.Kind(rawValue: change.source) ?? .cli,
                detail: change.origin
            )
            return [
                formatter.string(from: change.changedAt), source.description, "session \(change.session)",
                change.person ?? "-",
                "\(change.field.rawValue): \(change.oldValue ?? "-") -> \(change.newValue ?? "-")",
            ].joined(separator: "  ")
        }
    }

    /// Today in the plan's time zone: what "held so far" means by default.
    public var today: LocalDate { LocalDate(Date(), in: workspace.plan.timeZone) }
}
