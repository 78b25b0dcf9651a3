import CirclesTesting
import Foundation
import Testing

/// `--threads` of the commands that plan: a bad count is refused before anything is
/// read, and the same seed and count give the same schedule file.
@Suite("circles plan --threads")
struct PlanThreadsTests {
    @Test(arguments: [["plan"], ["explain", "fem-karlstad-var22"], ["publish", "--replan"]])
    func aCountBelowOneIsAUsageError(command: [String]) throws {
        let folder = try ValidateCommandTests.parentFolder(of: WorkspaceFixture())
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try ProcessRunner.circles(command + ["--threads", "0"], in: folder)
        #expect(run.status == 64)
        #expect(run.standardError.hasPrefix("Error: --threads must be 1 or more, not 0.\n"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Courses/.circles").path))
    }

    @Test func twoThreadsPlanTheSameBytesTwice() throws {
        let folder = try ValidateCommandTests.parentFolder(of: WorkspaceFixture())
        defer { try? FileManager.default.removeItem(at: folder) }
        var files: [Data] = []
        for name in ["first.json", "second.json"] {
            let run = try ProcessRunner.circles(["plan", "--threads", "2", "--seed", "4", "--json", name], in: folder)
            #expect(run.status == 0, "\(run.standardError)")
            files.append(try Data(contentsOf: folder.appendingPathComponent(name)))
        }
        #expect(files[0] == files[1])
        #expect(!files[0].isEmpty)
    }
}
