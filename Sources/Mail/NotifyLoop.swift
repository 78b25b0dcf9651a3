import Catalogue
import Dispatch
import Foundation
import Signups
import State

/// The minute loop of `circles serve`: the same work as `circles notify`, on a thread of its
/// own (it blocks on the SMTP server and on the rate limit, which must not hold up the
/// server's event loops or Swift's cooperative pool).
///
/// The workspace (its files and the sign-ups in State) is loaded again on each round, so an
/// edited people.csv, a new sign-up or a new publication is seen without a restart. What it logs is counts and the reason sending stopped: never a
/// name, address or token.
public enum NotifyLoop {
    /// Starts the loop when `workspace`'s plan has a `mail:` block; returns whether it did.
    @discardableResult
    public static func start(
        workspace path: String,
        every interval: TimeInterval = 60,
        environment: [String: String],
        clock: @escaping @Sendable () -> Date = { Date() },
        log: @escaping @Sendable (String) -> Void
    ) -> Bool {
        guard let workspace = try? SignupsWorkspace.load(from: path), workspace.plan.mail != nil else { return false }
        let thread = Thread {
            while true {
                round(path, environment: environment, now: clock(), log: log)
                _ = wakeUp.wait(timeout: .now() + interval)
            }
        }
        thread.name = "circles.notify"
        thread.start()
        return true
    }

    /// Starts the next round now instead of at the end of the interval (a sign-up queued its
    /// confirmation: it should arrive while the person still has the page open).
    public static func wake() { wakeUp.signal() }

    private static let wakeUp = DispatchSemaphore(value: 0)

    static func round(_ path: String, environment: [String: String], now: Date, log: @Sendable (String) -> Void) {
        do {
            let workspace = try SignupsWorkspace.load(from: path)
            let folder = URL(fileURLWithPath: path, isDirectory: true)
            let notifier = try Notifier(
                workspace: workspace,
                folder: folder,
                store: try StateStore(workspace: folder),
                environment: environment
            )
            let report = try notifier.run(now: now, transport: notifier.smtpTransport)
            if report.queued + report.sent + report.failed.count + report.deferred > 0 || report.stopped != nil {
                var line =
                    "mail: queued \(report.queued), sent \(report.sent), failed \(report.failed.count), "
                    + "deferred \(report.deferred), still queued \(report.stillQueued)"
                if let stopped = report.stopped { line += "; stopped: \(stopped)" }
                log(line)
            }
        } catch SignupsLoadError.workspace(let error) {
            log("mail: the workspace has \(error.total) problems (run circles validate); nothing sent")
        } catch SignupsLoadError.state(let error) {
            log("mail: \(error)")
        } catch let error as MailError {
            if case .busy = error { return }
            log("mail: \(error)")
        } catch {
            log("mail: \(error)")
        }
    }
}
