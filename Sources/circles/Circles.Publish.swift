import ArgumentParser
import Catalogue
import Feeds
import Foundation
import Planner
import State

extension Circles {
    /// `circles publish [WORKSPACE]`: write every feed, atomically, from the kept plan.
    struct Publish: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "publish",
            abstract: "Publish the plan as iCalendar feeds (public and private) and the public pages.",
            discussion: """
                Uses the plan kept by the last `circles plan` (plans first if there is none, or with \
                --replan), writes the public feeds (calendars/), the private people/ feeds and the \
                public pages (index.html, courses/, circles/, associations/, venues/, style.css) into \
                the output folder in one atomic swap, and the private list \
                of personal feed links (mode 0600) for the organiser to send out. Sessions that left \
                the plan are published as cancelled until their date has passed. Prints counts only.
                """
        )

        @OptionGroup var workspace: WorkspaceArgument

        @Option(help: "The output folder (replaced as a whole).")
        var out: String = "Calendars"

        @Option(
            name: .customLong("base-url"),
            help: "Where the feeds are served from (default: plan.yaml's web.base_url, else http://127.0.0.1:8080)."
        )
        var baseURL: String?

        @Option(
            name: .customLong("feeds-list"),
            help: "The private list of personal feed links (default: <workspace>/.circles/feeds.csv)."
        )
        var feedsList: String?

        @Flag(help: "Plan again (from the kept plan, keeping published sessions in place) before publishing.")
        var replan = false

        @Option(help: "Seed of the plan when planning.")
        var seed: UInt64 = 1

        @OptionGroup var threads: ThreadsOption

        @Option(help: "Publish as if today were this date (YYYY-MM-DD); cancelled sessions before it are dropped.")
        var today: String?

        @Flag(help: "Print how long each phase took (on standard error).")
        var timings = false

        func validate() throws {
            if let today, LocalDate(iso: today) == nil {
                throw ValidationError("--today '\(today)' is not a date YYYY-MM-DD")
            }
        }

        func run() throws {
            let loaded = try WorkspaceLoading.load(workspace.path)
            let lock = try WriterLock.take(workspace.path, command: "publish")
            defer { withExtendedLifetime(lock) {} }
            let store = try StateStore(workspace: URL(fileURLWithPath: workspace.path))
            let (schedule, moved) = try KeptSchedule.toPublish(
                workspace: loaded,
                named: workspace.path,
                store: store,
                replan: replan,
                seed: seed,
                threads: threads.count
            )
            for move in moved { print("moved: \(move)") }
            let day = today.flatMap { LocalDate(iso: $0) } ?? LocalDate(Date(), in: loaded.plan.timeZone)
            let list =
                feedsList ?? URL(fileURLWithPath: workspace.path).appendingPathComponent(".circles/feeds.csv").path
            let publisher = FeedPublisher(
                workspace: loaded,
                store: store,
                options: FeedOptions(baseURL: baseURL ?? loaded.plan.web?.baseURL ?? "http://127.0.0.1:8080")
            )
            let report = try publisher.publish(
                schedule,
                today: day,
                output: URL(fileURLWithPath: out, isDirectory: true),
                feedsList: URL(fileURLWithPath: list)
            )
            print("published \(out) (\(day.iso))")
            print(report)
            print("private feed links: \(list)")
            var standardError = StandardError()
            if timings { print("timings: \(report.timings)", to: &standardError) }
        }

    }
}
