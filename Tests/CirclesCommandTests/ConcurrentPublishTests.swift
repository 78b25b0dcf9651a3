import CirclesTesting
import Foundation
import Testing

/// Probe 1 of issue 15: two publishes at once could gut the live folder (each removed the
/// other's temporary folder while it was written) and both could say they succeeded. Now one
/// writer at a time holds the workspace's lock; the other waits or says who holds it.
@Suite("concurrent publishes")
struct ConcurrentPublishTests {
    /// Starts `count` `circles publish` runs at once; returns each one's exit status and
    /// standard error.
    static func publishTogether(
        _ count: Int,
        in folder: URL,
        wait: String
    ) throws -> [(status: Int32, standardError: String)] {
        let runs = try (0..<count).map { _ in
            try ProcessRunner.startCircles(
                ["publish", "--today", "2022-01-01"],
                in: folder,
                environment: ["CIRCLES_LOCK_WAIT": wait]
            )
        }
        return runs.map { run in
            let output = run.wait()
            return (output.status, output.standardError)
        }
    }

    /// Every file under `folder`, relative, sorted.
    static func listing(_ folder: URL) -> [String] {
        let files = FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []
        return files.sorted()
    }

    @Test func twoOrThreePublishesAtOnceLeaveOneCompleteSetAndTheLoserSaysWhy() throws {
        let folder = try ValidateCommandTests.parentFolder(of: WorkspaceFixture())
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try ProcessRunner.circles(["publish", "--today", "2022-01-01"], in: folder)
        #expect(first.status == 0, "\(first.standardError)")
        let calendars = folder.appendingPathComponent("Calendars")
        let complete = Self.listing(calendars)
        #expect(complete.count > 5)
        var refused = 0
        var succeeded = 0
        let started = Date()
        for attempt in 0..<100 {
            // Half the tries wait for the lock (all succeed in turn), half give up at once.
            let runs = try Self.publishTogether(
                attempt % 2 == 0 ? 2 : 3,
                in: folder,
                wait: attempt % 4 < 2 ? "10" : "0"
            )
            for run in runs {
                if run.status == 0 {
                    succeeded += 1
                } else {
                    refused += 1
                    #expect(run.status == 1)
                    #expect(
                        run.standardError.wholeMatch(
                            of:
                                /Error: another command is writing this workspace: circles publish \(pid \d+, since [0-9T:Z-]+\); nothing was done, try again when it has finished\n/
                        ) != nil,
                        "\(run.standardError)"
                    )
                }
            }
            #expect(runs.contains { $0.status == 0 })
            #expect(Self.listing(calendars) == complete, "try \(attempt): the live folder is not one complete set")
            let siblings = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
                $0.hasPrefix("Calendars")
            }
            #expect(siblings == ["Calendars"], "try \(attempt): \(siblings)")
        }
        print(
            "250 publishes in 100 tries: \(succeeded) succeeded, \(refused) refused, \(String(format: "%.1f", Date().timeIntervalSince(started))) s"
        )
        #expect(succeeded + refused == 250)
    }
}
