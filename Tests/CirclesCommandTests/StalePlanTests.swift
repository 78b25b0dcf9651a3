import CirclesTesting
import Foundation
import Testing

/// Probe 4 of issue 15: after a catalogue edit (4 sessions to 3) a plain `publish` used the
/// kept plan silently and events read "träff 4 av 3". And `plan --json` was world-readable.
@Suite("the kept plan and the workspace it was made from")
struct StalePlanTests {
    @Test func aKeptPlanFromOtherFilesIsRefusedUntilPlannedAgain() throws {
        let folder = try ValidateCommandTests.parentFolder(of: WorkspaceFixture())
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = try ProcessRunner.circles(["plan", "--json", "schedule.json"], in: folder)
        #expect(plan.status == 0, "\(plan.standardError)")
        var status = stat()
        #expect(
            stat(folder.appendingPathComponent("schedule.json").path, &status) == 0 && status.st_mode & 0o777 == 0o600
        )
        #expect(try ProcessRunner.circles(["publish", "--today", "2022-01-01"], in: folder).status == 0)

        let course = folder.appendingPathComponent("Courses/catalogue/feministisk-grundkurs.yaml")
        let text = try String(contentsOf: course, encoding: .utf8)
        try text.replacingOccurrences(of: "sessions: 4", with: "sessions: 3").write(
            to: course,
            atomically: true,
            encoding: .utf8
        )
        let stale = try ProcessRunner.circles(["publish", "--today", "2022-01-01"], in: folder)
        #expect(stale.status == 1)
        #expect(
            stale.standardError == """
                Error: Courses: the kept plan was made before the workspace files last changed; plan again with `circles plan Courses`, or publish with --replan

                """
        )
        let replanned = try ProcessRunner.circles(["publish", "--today", "2022-01-01", "--replan"], in: folder)
        #expect(replanned.status == 0, "\(replanned.standardError)")
        // The plan kept by --replan is of these files: a plain publish works again.
        #expect(try ProcessRunner.circles(["publish", "--today", "2022-01-01"], in: folder).status == 0)
    }
}
