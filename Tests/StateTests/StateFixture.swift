import Foundation
import GRDB
import State

/// A temporary workspace folder and a clock the test moves by hand.
final class StateFixture {
    let workspace: URL
    let clock = ManualClock(start: Date(timeIntervalSince1970: 1_646_136_000))  // 2022-03-01T12:00:00Z

    init() throws {
        workspace = FileManager.default.temporaryDirectory
            .appendingPathComponent("circles-state-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: workspace, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: workspace)
    }

    /// Opens the store of the workspace (again), as a new run of the CLI would.
    func open() throws -> StateStore {
        let clock = self.clock
        return try StateStore(workspace: workspace, clock: { clock.now })
    }

    var file: URL {
        workspace.appendingPathComponent(".circles/state.sqlite")
    }

    /// The file read directly with GRDB, not through `StateStore`.
    func count(_ table: String) throws -> Int {
        let queue = try DatabaseQueue(path: file.path)
        return try queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? -1 }
    }
}

/// A clock for tests.
// @unchecked Sendable is safe: `current` is only touched while `lock` is held.
final class ManualClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    init(start: Date) { current = start }

    var now: Date {
        lock.lock()
        defer { lock.unlock() }
        return current
    }

    func advance(minutes: Int) {
        lock.lock()
        current = current.addingTimeInterval(TimeInterval(minutes * 60))
        lock.unlock()
    }
}
