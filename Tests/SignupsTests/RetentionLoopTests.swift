import Foundation
import Signups
import State
import Testing

@Suite("The hourly retention of serve")
struct RetentionLoopTests {
    /// What a round logged.
    final class Lines: @unchecked Sendable {
        // @unchecked Sendable is safe: `lines` is only touched while `lock` is held.
        private let lock = NSLock()
        private var lines: [String] = []

        func append(_ line: String) {
            lock.lock()
            lines.append(line)
            lock.unlock()
        }

        var all: [String] {
            lock.lock()
            defer { lock.unlock() }
            return lines
        }
    }

    @Test func aRoundPrunesAndLogsCountsOnly() throws {
        let fixture = try SignupsFixture()
        try fixture.signUp(name: "Hemlig Person", email: "hemlig@example.org")  // 2022: long expired
        let lines = Lines()
        RetentionLoop.round(fixture.root) { lines.append($0) }
        #expect(
            lines.all == [
                "retention: pruned: 1 expired sign-ups, 0 sign-ups, 0 notices of absence, 0 leavings, 0 erasures, 0 attendance rows of erased people, 1 spent form tokens"
            ]
        )
        #expect(try fixture.store().signups().isEmpty)
        // Nothing more to do: nothing logged.
        RetentionLoop.round(fixture.root) { lines.append($0) }
        #expect(lines.all.count == 1)
    }

    @Test func aWorkspaceWithoutStateIsLeftAlone() throws {
        let fixture = try SignupsFixture()
        let lines = Lines()
        RetentionLoop.round(fixture.root) { lines.append($0) }
        #expect(lines.all.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: fixture.stateFile))
    }
}
