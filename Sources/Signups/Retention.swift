import Catalogue
import Foundation
import ScheduleFormat
import State

/// What personal data of the site State keeps, and for how long (`circles prune`, and
/// `circles serve` every hour):
/// - a pending sign-up is deleted when it was not confirmed within `SignupConfirmation.validity`;
/// - sign-ups, notices of absence, leavings, erasures and the attendance of erased people
///   are deleted `web.retention_days` (default 365) after the end of their term;
/// - spent form nonces are forgotten after a day (a form that old is refused by its age).
///
/// State does not know terms: the term of a sign-up is the first of its course's terms that
/// had not ended when it was made; of a circle, the one the kept plan gives it; of anything
/// else, the plan's term that had not ended at its date. Nothing is deleted sooner than a
/// retention period after its own date (a sign-up made after its course's last term).
public struct Retention: Sendable {
    public let workspace: Workspace
    public let store: StateStore

    /// How long a spent form nonce is remembered.
    public static let formTokenMemory: TimeInterval = 24 * 3600

    public init(workspace: Workspace, store: StateStore) {
        self.workspace = workspace
        self.store = store
    }

    /// Days kept after a term's end.
    public var retentionDays: Int { workspace.plan.web?.retentionDays ?? WebSettings.defaultRetentionDays }

    /// Deletes what is due (one transaction) and says how much.
    @discardableResult
    public func prune() throws(StateError) -> PruneReport {
        try store.prune(try pruning())
    }

    /// What is due for deletion now (the store's clock), without deleting it.
    public func pruning() throws(StateError) -> RetentionPruning {
        let now = store.now()
        let today = localDate(now)
        let circleTerms = try keptCircleTerms()
        func expired(_ end: LocalDate) -> Bool { today > end.adding(days: retentionDays) }
        func circleEnd(_ circle: String, at date: Date) -> LocalDate {
            if let term = circleTerms[circle].flatMap(workspace.term) { return max(term.to, localDate(date)) }
            return end(among: workspace.plan.terms, at: date)
        }

        var pruning = RetentionPruning(
            pendingCreatedBefore: now.addingTimeInterval(-SignupConfirmation.validity),
            formTokensSpentBefore: now.addingTimeInterval(-Self.formTokenMemory)
        )
        for signup in try store.signups() where signup.status != .pending {
            let terms = workspace.course(Course.ID(signup.course)).map(workspace.terms(of:)) ?? []
            if expired(end(among: terms, at: signup.createdAt)) { pruning.signups.append(signup.number) }
        }
        pruning.absences = try store.allAbsences().filter { expired(circleEnd($0.circle, at: $0.notedAt)) }
        pruning.leavings = try store.allLeavings().filter { leaving in
            if let term = circleTerms[leaving.circle].flatMap(workspace.term) {
                return expired(max(term.to, localDate(leaving.leftAt)))
            }
            let terms = workspace.course(Course.ID(leaving.course)).map(workspace.terms(of:)) ?? []
            return expired(end(among: terms, at: leaving.leftAt))
        }
        for erasure in try store.erasures() {
            let attendance = try store.attendance(person: erasure.person)
            let due = attendance.filter { expired(circleEnd($0.circle, at: $0.recordedAt)) }
            pruning.attendance += due
            // The erasure is remembered while anything of the person is kept.
            if due.count == attendance.count, expired(end(among: workspace.plan.terms, at: erasure.erasedAt)) {
                pruning.erasures.append(erasure.person)
            }
        }
        return pruning
    }

    /// The end of the first of `terms` that had not ended on `date`; `date` itself when all
    /// had (or there are none): what was made after its term is kept a retention period from
    /// its own date.
    func end(among terms: [Term], at date: Date) -> LocalDate {
        let day = localDate(date)
        return terms.filter { $0.to >= day }.min { $0.to < $1.to }?.to ?? day
    }

    /// `date` as a calendar day in the plan's time zone.
    func localDate(_ date: Date) -> LocalDate { LocalDate(date, in: workspace.plan.timeZone) }

    /// Each circle's term, from the plan kept last, read as the `Schedule` it is. Empty without
    /// one, or when it does not read as one.
    func keptCircleTerms() throws(StateError) -> [String: Term.ID] {
        guard let kept = try store.lastPlan(),
            let schedule = try? Schedule(jsonData: Data(kept.scheduleJSON.utf8))
        else { return [:] }
        var terms: [String: Term.ID] = [:]
        for circle in schedule.circles { terms[circle.id.rawValue] = circle.term }
        return terms
    }
}
