import Catalogue
import CirclesTesting
import Foundation
import State

@testable import Mail

/// The Catalogue fixture with web: and mail: blocks, its State in a real SQLite file, and a
/// way to publish sessions into State as `circles publish` records them.
struct MailFixture {
    let workspace: Workspace
    let folder: URL
    let store: StateStore

    static let block = """
        web:
          base_url: https://kalender.example.org
        mail:
          from: "Vänsterpartiet Värmland <studier@example.org>"
          smtp: { host: 127.0.0.1, port: 2525, security: none }
          remind_before: 24h

        """

    init() throws {
        var fixture = WorkspaceFixture()
        try fixture.apply(.replace("plan.yaml", "travel:\n  max_km: 60\n", "travel:\n  max_km: 60\n" + Self.block))
        let path = try fixture.write()
        workspace = try Workspace.load(from: path)
        folder = URL(fileURLWithPath: path, isDirectory: true)
        store = try StateStore(workspace: folder)
    }

    /// 2022-02-01 18:30 in Stockholm, plus `days`.
    static func evening(_ days: Int, hour: Int = 18) -> Date {
        Date(timeIntervalSince1970: 1_643_736_600 + Double(days * 86_400 + (hour - 18) * 3600))
    }

    static func session(
        _ number: Int,
        start: Date,
        status: PublishedEventStatus = .confirmed,
        room: String = "abf-karlstad/stora"
    )
        -> PublishedEventContent
    {
        PublishedEventContent(
            uid: "fem-karlstad-var22-\(number)@vansterpartiet-varmland",
            circle: "fem-karlstad-var22",
            session: number,
            start: start,
            end: start.addingTimeInterval(9000),
            place: room,
            status: status,
            summary: "Feministisk grundkurs, träff \(number) av 4"
        )
    }

    /// Records `sessions` as published, each in the private feeds of p0001-p0003 (unless `people` says otherwise).
    func publish(_ sessions: [PublishedEventContent], people: [String] = ["p0001", "p0002", "p0003"]) throws {
        var feeds: [String: [String]] = [:]
        for session in sessions { feeds[session.uid] = people.map { "people/\($0)" } }
        try store.commit(try store.preparePublication(sessions, feeds: feeds, people: people))
    }

    func due(at now: Date) -> DueMail {
        DueMail(
            workspace: workspace,
            settings: workspace.plan.mail!,
            baseURL: "https://kalender.example.org",
            now: now,
            stamp: now
        )
    }

    /// Queues what is due at `now`; the new messages.
    @discardableResult
    func queue(at now: Date) throws -> [OutboxMessage] {
        let before = Set(try store.outbox().map(\.id))
        try store.queueMail { due(at: now).decide($0).queueing }
        return try store.outbox().filter { !before.contains($0.id) }
    }
}
