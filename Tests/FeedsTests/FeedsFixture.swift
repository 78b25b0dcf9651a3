import Catalogue
import CirclesTesting
import Foundation
import Planner
import State

@testable import Feeds

/// A workspace written by the test into a temporary folder (`<root>/Courses`), its State with
/// a clock the test sets, and the output folder `<root>/Calendars`.
final class FeedsFixture {
    let root: URL
    let workspacePath: String
    let clock = TestClock(Date(timeIntervalSince1970: 1_640_995_200))  // 2022-01-01T00:00:00Z

    /// The small valid workspace of `WorkspaceFixture`, with `edits`.
    init(_ edits: [WorkspaceFixture.Edit] = []) throws {
        var fixture = WorkspaceFixture()
        try fixture.apply(edits)
        workspacePath = try fixture.write()
        root = URL(fileURLWithPath: workspacePath).deletingLastPathComponent()
    }

    /// A copy of the repository's demo workspace `Courses/`.
    init(demo: Void) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("circles-feeds-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let demo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Courses")
        let copy = root.appendingPathComponent("Courses")
        try FileManager.default.copyItem(at: demo, to: copy)
        try? FileManager.default.removeItem(at: copy.appendingPathComponent(".circles"))
        workspacePath = copy.path
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    var output: URL { root.appendingPathComponent("Calendars", isDirectory: true) }
    var feedsList: URL { URL(fileURLWithPath: workspacePath).appendingPathComponent(".circles/feeds.csv") }

    func workspace() throws -> Workspace { try Workspace.load(from: workspacePath) }

    /// The store, opened as a new run of the CLI would.
    func store() throws -> StateStore {
        let clock = self.clock
        return try StateStore(workspace: URL(fileURLWithPath: workspacePath), clock: { clock.now })
    }

    @discardableResult
    func publish(
        _ schedule: Schedule,
        today: LocalDate = LocalDate(year: 2022, month: 1, day: 1)!,
        afterEachFile: (@Sendable (Int) throws -> Void)? = nil
    ) throws -> PublishReport {
        var publisher = FeedPublisher(workspace: try workspace(), store: try store())
        publisher.afterEachFile = afterEachFile
        return try publisher.publish(schedule, today: today, output: output, feedsList: feedsList)
    }

    /// Plans the workspace (keeping `previous` in place, as `circles plan` does).
    func plan(previous: Schedule? = nil, moves: Int? = nil) throws -> Schedule {
        Planner(workspace: try workspace()).plan(
            PlanningOptions(seed: 1, timeLimit: 120, moveBudget: moves, previous: previous)
        ).schedule
    }

    /// Every published file: path relative to `Calendars/` -> bytes.
    func files() throws -> [String: Data] {
        var files: [String: Data] = [:]
        let base = output.resolvingSymlinksInPath().path
        guard let walker = FileManager.default.enumerator(atPath: base) else { return [:] }
        for case let relative as String in walker {
            var isFolder: ObjCBool = false
            let path = base + "/" + relative
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue {
                files[relative] = try Data(contentsOf: URL(fileURLWithPath: path))
            }
        }
        return files
    }

    func text(_ relative: String) throws -> String {
        String(decoding: try Data(contentsOf: output.appendingPathComponent(relative)), as: UTF8.self)
    }
}

/// A clock for tests.
// @unchecked Sendable is safe: `current` is only touched while `lock` is held.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    init(_ start: Date) { current = start }

    var now: Date {
        lock.lock()
        defer { lock.unlock() }
        return current
    }

    func advance(days: Int) {
        lock.lock()
        current = current.addingTimeInterval(TimeInterval(days * 86_400))
        lock.unlock()
    }
}

/// Schedules written by hand for the small workspace: exact control over each session.
enum HandSchedule {
    static let zone = TimeZone(identifier: "Europe/Stockholm")!

    /// `2022-03-24T18:30` -> `2022-03-24T18:30:00+01:00`, the offset from Foundation's zone data.
    static func iso(_ local: String) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let date = LocalDate(iso: local.prefix(10))!
        let hour = Int(local.dropFirst(11).prefix(2))!
        let minute = Int(local.dropFirst(14).prefix(2))!
        let instant = calendar.date(
            from: DateComponents(year: date.year, month: date.month, day: date.day, hour: hour, minute: minute)
        )!
        let offset = zone.secondsFromGMT(for: instant) / 60
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(local):00\(offset < 0 ? "-" : "+")\(two(abs(offset) / 60)):\(two(abs(offset) % 60))"
    }

    static func session(_ number: Int, _ start: String, _ end: String, _ room: String) -> PlannedSession {
        PlannedSession(
            number: number,
            start: LocalTimestamp(iso(start))!,
            end: LocalTimestamp(iso(end))!,
            room: Room.ID(room)
        )
    }

    /// The feminist circle in Karlstad on both sides of the March switch (2022-03-27), and the
    /// digital media training on both sides of the October one (2022-10-30).
    static func dst(movingSecondSessionBy days: Int = 0) -> Schedule {
        let second = LocalDate(year: 2022, month: 3, day: 24)!.adding(days: days).iso
        return Schedule(
            workspace: "Courses",
            seed: 1,
            circles: [
                PlannedCircle(
                    id: "fem-karlstad-var22",
                    course: "feministisk-grundkurs",
                    term: "spring-2022",
                    leader: "p0001",
                    participants: ["p0002", "p0003"],
                    venue: "abf-karlstad",
                    sessions: [
                        session(1, "2022-03-17T18:30", "2022-03-17T21:00", "abf-karlstad/stora"),
                        session(2, "\(second)T18:30", "\(second)T21:00", "abf-karlstad/stora"),
                        session(3, "2022-03-31T18:30", "2022-03-31T21:00", "abf-karlstad/stora"),
                        session(4, "2022-04-07T18:30", "2022-04-07T21:00", "abf-karlstad/stora"),
                    ]
                ),
                PlannedCircle(
                    id: "media-digital-host22",
                    course: "mediatraning-kandidater",
                    term: "autumn-2022",
                    leader: "p0001",
                    participants: ["p0002"],
                    venue: "digital",
                    sessions: [
                        session(1, "2022-10-29T10:00", "2022-10-29T11:30", "digital/main"),
                        session(2, "2022-10-30T10:00", "2022-10-30T11:30", "digital/main"),
                    ]
                ),
            ],
            unplaced: [],
            unassigned: [],
            score: ScoreSummary(hard: 0, soft: 0, parts: [:])
        )
    }
}
