import ArgumentParser
import Catalogue
import Dispatch
import FeedServer
import Foundation
import Logging
import Mail
import NIOConcurrencyHelpers
import Signups
import Web

extension Circles {
    /// `circles serve`: serves the published calendars over HTTP until stopped.
    struct Serve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Serve the published calendars and pages, sign-up and each member's own page.",
            discussion: """
                Serves the folder written by `circles publish`: public pages and feeds at \
                /calendars/<kind>/<id>.ics, private feeds at /p/<token>.ics, and nothing else \
                in the folder. A new publish is picked up without a restart. With the workspace, \
                also the pages that act: sign-up at /courses/<id>/signup, /confirm/<code>, and \
                each person's page at /p/<token>; they write only to the workspace's State.

                Listens on 127.0.0.1 unless --host says otherwise: to offer the feeds to \
                members, put a web server with TLS in front. Stop with Ctrl-C.

                When plan.yaml has a mail: block, also does the work of `circles notify` every \
                minute (password from CIRCLES_SMTP_PASSWORD), logging counts only. Every hour, \
                does what `circles prune` does.
                """
        )

        @OptionGroup var workspace: WorkspaceArgument

        @Option(help: "The published output folder to serve.")
        var out: String = "Calendars"

        @Option(help: "Address to listen on.")
        var host: String = "127.0.0.1"

        @Option(help: "Port to listen on (0 picks a free one).")
        var port: Int = 8080

        @Option(help: "Seconds a calendar client may keep a feed before asking again (Cache-Control max-age).")
        var maxAge: Int = 3600

        @Option(help: "Threads answering requests (default: one per core).")
        var threads: Int?

        @Option(
            help: ArgumentHelp(
                "The local time (YYYY-MM-DDTHH:MM) the pages act as of, running on from there (default: now).",
                discussion: "For trying out a plan of another year: which meetings are still to come."
            )
        )
        var now: String?

        func validate() throws {
            if let threads, threads < 1 {
                throw ValidationError("--threads must be 1 or more, not \(threads).")
            }
            guard (0...65535).contains(port) else {
                throw ValidationError("--port must be between 0 and 65535, not \(port).")
            }
            if let now, LocalTimestamp.instant(wallClock: now, in: TimeZone(identifier: "UTC")!) == nil {
                throw ValidationError("--now '\(now)' is not a local time YYYY-MM-DDTHH:MM")
            }
            guard maxAge >= 0 else {
                throw ValidationError("--max-age is a number of seconds, 0 or more; \(maxAge) was given.")
            }
        }

        func run() throws {
            LoggingSystem.bootstrap { label in BufferedLogHandler(label: label) }
            defer { LogSink.standardError.flush() }
            let folder = URL(fileURLWithPath: workspace.path, isDirectory: true)
            // The pages that act need the workspace's State; without a workspace the folder is served alone.
            let zone = (try? Workspace.load(from: workspace.path))?.plan.timeZone ?? TimeZone.current
            let offset =
                now.flatMap { LocalTimestamp.instant(wallClock: $0, in: zone) }.map { $0.timeIntervalSinceNow } ?? 0
            let clock: @Sendable () -> Date = { Date().addingTimeInterval(offset) }
            var pages: WebFront?
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("plan.yaml").path) {
                pages = try WebFront(workspace: folder, clock: clock, mailQueued: { NotifyLoop.wake() })
            }
            let server = FeedServer(
                configuration: .init(folder: out, host: host, port: port, maxAge: maxAge, threads: threads),
                pages: pages
            )
            let mailLog = Logger(label: "circles.notify")
            NotifyLoop.start(workspace: workspace.path, environment: ProcessInfo.processInfo.environment, clock: clock)
            {
                line in
                mailLog.info("\(line)")
            }
            let retentionLog = Logger(label: "circles.retention")
            RetentionLoop.start(workspace: workspace.path, clock: clock) { line in retentionLog.info("\(line)") }
            // The root command is synchronous; the server is async. Run it on the concurrency pool
            // and park this (main) thread until it ends, which it does on SIGINT or SIGTERM.
            let failure = NIOLockedValueBox<(any Error)?>(nil)
            let finished = DispatchSemaphore(value: 0)
            Task {
                do {
                    try await server.runService()
                } catch {
                    failure.withLockedValue { $0 = error }
                }
                finished.signal()
            }
            finished.wait()
            if let error = failure.withLockedValue({ $0 }) {
                throw error
            }
        }
    }
}
