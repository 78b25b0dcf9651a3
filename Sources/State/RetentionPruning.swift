import Foundation

/// What `StateStore.prune` deletes, worked out by the caller that knows the terms (State
/// does not): the sign-ups, notices, leavings, erasures and attendance of erased people
/// whose term ended longer ago than `retention_days`, plus two age limits State applies
/// itself.
public struct RetentionPruning: Sendable, Hashable {
    /// Pending sign-ups created before this have expired (7 days: never confirmed).
    public var pendingCreatedBefore: Date
    /// Spent form nonces from before this are forgotten (forms that old are refused anyway).
    public var formTokensSpentBefore: Date
    /// Sign-up numbers past retention.
    public var signups: [Int]
    public var absences: [Absence]
    public var leavings: [Leaving]
    /// People whose erasure row is past retention.
    public var erasures: [String]
    /// Attendance of erased people past retention (matched by circle, session and person).
    public var attendance: [AttendanceRecord]

    public init(
        pendingCreatedBefore: Date,
        formTokensSpentBefore: Date,
        signups: [Int] = [],
        absences: [Absence] = [],
        leavings: [Leaving] = [],
        erasures: [String] = [],
        attendance: [AttendanceRecord] = []
    ) {
        self.pendingCreatedBefore = pendingCreatedBefore
        self.formTokensSpentBefore = formTokensSpentBefore
        self.signups = signups
        self.absences = absences
        self.leavings = leavings
        self.erasures = erasures
        self.attendance = attendance
    }
}
