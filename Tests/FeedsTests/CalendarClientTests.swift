import CirclesTesting
import Foundation
import Testing

@testable import Feeds

/// A real calendar client from Debian, calcurse (installed by `scripts/setup --test`), imports
/// a member's private feed; its agenda, printed in UTC, must show the schedule's instants.
@Suite struct CalendarClientTests {
    @Test func calcurseImportsAPrivateFeedAndListsTheSessionsAtTheRightTimes() throws {
        let fixture = try FeedsFixture()
        try fixture.publish(HandSchedule.dst())
        let token = try fixture.store().token(for: "p0001").token
        let feed = fixture.output.appendingPathComponent("people/\(token).ics")
        let data = fixture.root.appendingPathComponent("calcurse")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        let environment = [
            "TZ": "UTC", "HOME": fixture.root.path,
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
        ]

        let imported = try ProcessRunner.tool("calcurse", ["-D", data.path, "-i", feed.path], environment: environment)
        try #require(imported.status == 0, "calcurse -i failed (run `scripts/setup --test`): \(imported.standardError)")
        #expect(
            imported.standardOutput.contains("6 apps / 0 events / 0 todos / 0 skipped"),
            "\(imported.standardOutput)"
        )

        let listed = try ProcessRunner.tool(
            "calcurse",
            [
                "-D", data.path, "-Q", "--from", "01/01/2022", "--days", "365",
                "--format-apt", "%(start:%Y-%m-%dT%H:%M) %(end:%Y-%m-%dT%H:%M) %m\\n",
            ],
            environment: environment
        )
        #expect(listed.status == 0, "\(listed.standardError)")
        let lines = listed.standardOutput.split(separator: "\n").filter { $0.first == "2" }.map(String.init)
        #expect(
            lines == [
                "2022-03-17T17:30 2022-03-17T20:00 Feministisk grundkurs, träff 1 av 4",
                "2022-03-24T17:30 2022-03-24T20:00 Feministisk grundkurs, träff 2 av 4",
                "2022-03-31T16:30 2022-03-31T19:00 Feministisk grundkurs, träff 3 av 4",
                "2022-04-07T16:30 2022-04-07T19:00 Feministisk grundkurs, träff 4 av 4",
                "2022-10-29T08:00 2022-10-29T09:30 Mediaträning för kandidater, träff 1 av 2",
                "2022-10-30T09:00 2022-10-30T10:30 Mediaträning för kandidater, träff 2 av 2",
            ]
        )
    }
}
