import ArgumentParser
import Catalogue
import Foundation
import Mail
import State

extension Circles {
    /// `circles notify [WORKSPACE]`: send the e-mail that is due.
    struct Notify: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "notify",
            abstract: "Send the e-mail that is due: welcomes, changes since the last message, reminders.",
            discussion: """
                Works out from what was published what each person has not been told yet (a welcome \
                with their link when they first have a circle, then one message listing what moved, \
                was cancelled or was added, and a reminder remind_before each session), queues it in \
                State and sends every queued message through the mail: block's SMTP server, one \
                connection for the batch. The password comes only from CIRCLES_SMTP_PASSWORD. \
                Prints counts, and for each refused message the person's id and the server's answer.

                Exit status: 0 done; 1 nothing could be sent (no mail: block, no server, login \
                refused: everything stays queued for the next run); 2 some message was refused \
                for good by the server.
                """
        )

        @OptionGroup var workspace: WorkspaceArgument

        @Flag(
            help:
                "Write the messages as .eml files under <workspace>/.circles/outbox/ instead of sending; records nothing."
        )
        var dryRun = false

        @Option(help: "Look at the schedule as if it were this local time (YYYY-MM-DDTHH:MM, the plan's time zone).")
        var now: String?

        func validate() throws {
            if let now, LocalTimestamp.instant(wallClock: now, in: TimeZone(identifier: "UTC")!) == nil {
                throw ValidationError("--now '\(now)' is not a local time YYYY-MM-DDTHH:MM")
            }
        }

        func run() throws {
            let loaded = try WorkspaceLoading.load(workspace.path)
            let folder = URL(fileURLWithPath: workspace.path, isDirectory: true)
            let moment = now.flatMap { LocalTimestamp.instant(wallClock: $0, in: loaded.plan.timeZone) } ?? Date()
            let store = try StateStore(workspace: folder)
            let notifier = try Notifier(
                workspace: loaded,
                folder: folder,
                store: store,
                environment: ProcessInfo.processInfo.environment
            )
            let report =
                dryRun
                ? try notifier.dryRun(now: moment) : try notifier.run(now: moment, transport: notifier.smtpTransport)
            print(report)
            if report.stopped != nil {
                var standardError = StandardError()
                print("error: \(report.stopped!)", to: &standardError)
                throw ExitCode(1)
            }
            if !report.failed.isEmpty { throw ExitCode(2) }
        }
    }
}
