import Foundation
import GRDB
import Testing

@testable import State

@Suite struct StateStoreTests {
    static func mode(_ url: URL) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        return (attributes[.posixPermissions] as! NSNumber).intValue & 0o777
    }

    @Test func createsAPrivateFolderAndFile() throws {
        let fixture = try StateFixture()
        let store = try fixture.open()
        _ = try store.token(for: "p0001")
        #expect(store.path == fixture.file.path)
        #expect(try Self.mode(fixture.file.deletingLastPathComponent()) == 0o700)
        #expect(try Self.mode(fixture.file) == 0o600)
    }

    @Test func tightensModesThatWereTooOpen() throws {
        let fixture = try StateFixture()
        _ = try fixture.open()
        let folder = fixture.file.deletingLastPathComponent()
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: fixture.file.path)
        _ = try fixture.open()
        #expect(try Self.mode(folder) == 0o700)
        #expect(try Self.mode(fixture.file) == 0o600)
    }

    @Test func appliesTheMigrationsInOrderOnce() throws {
        let fixture = try StateFixture()
        #expect(try fixture.open().appliedMigrations() == StateStore.migrationNames)
        #expect(
            StateStore.migrationNames == [
                "v1-feed-tokens", "v1-published-events", "v1-kept-plans", "v1-attendance", "v2-published-event-feeds",
                "v3-event-text-hash-and-plan-inputs",
                "v4-mail-outbox", "v5-mail-told-sessions", "v6-form-tokens-and-published-tokens", "v7-signups",
                "v8-attendance-meetings-and-audit",
            ]
        )
        // Reopening applies nothing twice and keeps the data.
        _ = try fixture.open().token(for: "p0001")
        #expect(try fixture.open().appliedMigrations() == StateStore.migrationNames)
        #expect(try fixture.count("feed_token") == 1)
        let tables = try DatabaseQueue(path: fixture.file.path).read { db in
            try String.fetchAll(
                db,
                sql:
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'grdb_%' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        }
        #expect(
            tables == [
                "absence", "attendance", "attendance_audit", "attendance_meeting", "erasure", "feed_token", "kept_plan",
                "leaving", "mail_outbox", "mail_told_session", "published_event", "published_event_feed", "signup",
                "spent_form_token",
            ]
        )
    }

    @Test func keepsTheLastPlanAcrossRuns() throws {
        let fixture = try StateFixture()
        #expect(try fixture.open().lastPlan() == nil)
        try fixture.open().keepPlan(scheduleJSON: #"{"format":"circles-schedule/1","seed":1}"#, seed: 1)
        fixture.clock.advance(minutes: 5)
        let kept = try fixture.open().keepPlan(
            scheduleJSON: #"{"format":"circles-schedule/1","seed":2,"circles":[{"id":"fem-karlstad-vår22"}]}"#,
            seed: 2
        )
        let last = try #require(try fixture.open().lastPlan())
        #expect(last == kept)
        #expect(last.seed == 2)
        #expect(last.plannedAt == fixture.clock.now)
        #expect(last.scheduleJSON.contains("vår22"))
    }

    @Test func keepsOnlyTheNewestPlans() throws {
        let fixture = try StateFixture()
        let store = try fixture.open()
        for seed in 1...(StateStore.keptPlanLimit + 5) {
            try store.keepPlan(scheduleJSON: "{}", seed: Int64(seed))
        }
        #expect(try fixture.count("kept_plan") == StateStore.keptPlanLimit)
        #expect(try store.lastPlan()?.seed == Int64(StateStore.keptPlanLimit + 5))
    }

    @Test func aWorkspaceThatIsAFileCannotHoldState() throws {
        let fixture = try StateFixture()
        let notAFolder = fixture.workspace.appendingPathComponent("plan.yaml")
        try Data("organisation: x\n".utf8).write(to: notAFolder)
        do {
            _ = try StateStore(workspace: notAFolder)
            Issue.record("opened state inside a file")
        } catch {
            guard case .cannotPrepare(let path, _) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(path == notAFolder.appendingPathComponent(".circles").path)
            #expect(error.description.hasPrefix("cannot prepare the private state at \(path): "))
        }
    }

    @Test func aCorruptFileIsReportedWithItsPath() throws {
        let fixture = try StateFixture()
        try FileManager.default.createDirectory(
            at: fixture.file.deletingLastPathComponent(),
            withIntermediateDirectories: true
        )
        try Data(String(repeating: "not a database ", count: 100).utf8).write(to: fixture.file)
        #expect(throws: StateError.cannotOpen(path: fixture.file.path, reason: "file is not a database")) {
            try fixture.open()
        }
    }
}
