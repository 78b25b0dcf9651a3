import Foundation
import GRDB

/// Retention: personal data of the site leaves State when it is no longer needed.
extension StateStore {
    /// Deletes what `pruning` lists, and expired sign-ups and old form nonces, in one
    /// transaction.
    @discardableResult
    public func prune(_ pruning: RetentionPruning) throws(StateError) -> PruneReport {
        try write("pruning old personal data") { db in
            var report = PruneReport()
            try db.execute(
                sql: "DELETE FROM signup WHERE status = 'pending' AND created_at < ?",
                arguments: [pruning.pendingCreatedBefore]
            )
            report.expiredSignups = db.changesCount
            try db.execute(
                sql: "DELETE FROM spent_form_token WHERE spent_at < ?",
                arguments: [pruning.formTokensSpentBefore]
            )
            report.formTokens = db.changesCount
            for number in pruning.signups {
                try db.execute(sql: "DELETE FROM signup WHERE number = ?", arguments: [number])
                report.signups += db.changesCount
            }
            for absence in pruning.absences {
                try db.execute(
                    sql: "DELETE FROM absence WHERE person = ? AND circle = ? AND session = ?",
                    arguments: [absence.person, absence.circle, absence.session]
                )
                report.absences += db.changesCount
            }
            for leaving in pruning.leavings {
                try db.execute(
                    sql: "DELETE FROM leaving WHERE person = ? AND circle = ?",
                    arguments: [leaving.person, leaving.circle]
                )
                report.leavings += db.changesCount
            }
            for record in pruning.attendance {
                try db.execute(
                    sql:
                        "DELETE FROM \(AttendanceRecord.databaseTableName) WHERE circle = ? AND session = ? AND person = ?",
                    arguments: [record.circle, record.session, record.person]
                )
                report.attendance += db.changesCount
                // The trail of that mark goes with it: it holds the person's id.
                try db.execute(
                    sql: "DELETE FROM attendance_audit WHERE circle = ? AND session = ? AND person = ?",
                    arguments: [record.circle, record.session, record.person]
                )
            }
            for person in pruning.erasures {
                try db.execute(sql: "DELETE FROM erasure WHERE person = ?", arguments: [person])
                report.erasures += db.changesCount
            }
            return report
        }
    }
}
