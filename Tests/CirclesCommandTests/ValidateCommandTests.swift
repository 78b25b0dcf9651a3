import CirclesTesting
import Foundation
import Testing

/// Runs the built `circles` executable, as a user would, on workspaces
/// written by the test.
@Suite("circles validate")
struct ValidateCommandTests {
    /// Writes `fixture` and returns the folder holding `Courses/`.
    static func parentFolder(of fixture: WorkspaceFixture) throws -> URL {
        URL(fileURLWithPath: try fixture.write()).deletingLastPathComponent()
    }

    @Test func aValidWorkspacePrintsItsSummaryAndSucceeds() throws {
        let folder = try Self.parentFolder(of: WorkspaceFixture())
        defer { try? FileManager.default.removeItem(at: folder) }
        // No argument: the default workspace is `Courses` in the current folder.
        let run = try ProcessRunner.circles(["validate"], in: folder)
        #expect(run.status == 0)
        #expect(run.standardError == "")
        #expect(
            run.standardOutput == """
                Courses: valid (Vänsterpartiet Värmland)
                courses: 2 (1 feminist-training, 1 media-training)
                circles to form: 1 fixed in circles.yaml, 1 more course with enrolments (3 enrolments)
                people: 3 (3 member, 1 trainer, 1 candidate)
                venues: 2 (1 online), rooms: 3
                terms:
                  spring-2022 Våren 2022 2022-01-10..2022-06-17: 8 blocked days: långfredagen, påskafton, påskdagen, annandag påsk, första maj, Kristi himmelsfärdsdag, pingstdagen, nationaldagen
                  autumn-2022 Hösten 2022 2022-08-15..2022-12-16: 15 blocked days: Valspurt ×13, Valdag, alla helgons dag

                """
        )
    }

    @Test func problemsGoToStandardErrorWithTheirCountAndExitStatusOne() throws {
        var fixture = WorkspaceFixture()
        try fixture.apply(
            .replace("catalogue/mediatraning-kandidater.yaml", "leader: media-trainer", "leader: press-trainer")
        )
        try fixture.apply(.replace("plan.yaml", "timezone:", "timezon:"))
        let folder = try Self.parentFolder(of: fixture)
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try ProcessRunner.circles(["validate", "Courses"], in: folder)
        #expect(run.status == 1)
        #expect(run.standardOutput == "")
        #expect(
            run.standardError == """
                Courses/plan.yaml:2: timezon: unknown key; did you mean 'timezone'?
                Courses/catalogue/mediatraning-kandidater.yaml:11: leader: no person holds qualification 'press-trainer'
                2 problems in the workspace

                """
        )
    }

    @Test func aMissingWorkspaceIsAClearError() throws {
        let folder = FileManager.default.temporaryDirectory
        let run = try ProcessRunner.circles(["validate", "No-Such-Workspace-\(UUID().uuidString)"], in: folder)
        #expect(run.status == 1)
        #expect(run.standardError.contains(": no such workspace folder; expected a folder with plan.yaml"))
        #expect(run.standardError.hasSuffix("1 problem in the workspace\n"))
    }
}
