import AtomicFiles
import Catalogue
import Foundation
import State

/// One run of `circles notify` (and of the minute loop in `circles serve`): queues what has
/// become due, then sends what is queued, one connection for the batch.
///
/// Delivery is at least once, never twice for the same change: each message is counted as
/// attempted (committed) before it is handed to the server and marked sent only after the
/// server accepted it. A run killed in between sends that one message again next time; every
/// other message is either sent and marked, or still queued.
public struct Notifier: Sendable {
    public let workspace: Workspace
    /// The workspace folder (for `.circles/` and a relative `ca_file`).
    public let folder: URL
    public let store: StateStore
    public let settings: MailSettings
    public let baseURL: String
    /// From `CIRCLES_SMTP_PASSWORD` only.
    let password: String?

    /// Fails when plan.yaml has no `mail:` (or no `web:`) block.
    public init(workspace: Workspace, folder: URL, store: StateStore, environment: [String: String]) throws(MailError) {
        guard let settings = workspace.plan.mail, let web = workspace.plan.web else {
            throw .notConfigured(planFile: folder.appendingPathComponent("plan.yaml").path)
        }
        self.workspace = workspace
        self.folder = folder
        self.store = store
        self.settings = settings
        self.baseURL = web.baseURL
        password = environment["CIRCLES_SMTP_PASSWORD"]
    }

    /// `<workspace>/.circles/outbox/`: where a dry run writes its .eml files.
    public var outboxFolder: URL {
        folder.appendingPathComponent(StateStore.folderName).appendingPathComponent("outbox")
    }

    /// Writes every message that is queued or would become due at `now` as .eml files
    /// (mode 0600) and changes nothing in State.
    public func dryRun(now: Date) throws(MailError) -> NotifyReport {
        let due = DueMail(workspace: workspace, settings: settings, baseURL: baseURL, now: now, stamp: store.now())
        let outcome = try state { try store.previewMail { due.decide($0) } }
        let queued = try state { try store.outbox(status: .queued) }
        let files = FileManager.default
        let path = outboxFolder.path
        if let old = try? files.contentsOfDirectory(atPath: path) {
            for name in old where name.hasSuffix(".eml") { try? files.removeItem(atPath: "\(path)/\(name)") }
        }
        var report = NotifyReport()
        for message in queued + outcome.queueing.messages {
            let name = message.id.map { $0 == "/" || $0 == "@" ? "_" : $0 }
            let file = "\(path)/\(String(name)).eml"
            do {
                try AtomicFile.write(Array(message.message.utf8), to: file, mode: 0o600, creatingFolderWith: 0o700)
            } catch {
                throw .file(path: file, reason: error.reason)
            }
            report.written += 1
        }
        report.queued = outcome.queueing.messages.count
        report.withoutAddress = outcome.withoutAddress
        report.folder = path
        return report
    }

    /// Queues what is due at `now` and sends every queued message whose time has come.
    /// `transport` is made only when there is something to send. Throws only when nothing
    /// could be done at all; a server that went away mid-batch is `report.stopped`.
    public func run(
        now: Date,
        transport makeTransport: () throws(MailError) -> any MailTransport
    ) throws(MailError)
        -> NotifyReport
    {
        // One sender at a time (`circles notify` or the loop in `circles serve`), so no message
        // goes twice at once; the writer lock is not taken: State's transactions guard the outbox.
        let lock: WorkspaceLock
        do {
            lock = try WorkspaceLock(workspace: folder, fileName: "notify.lock", command: "circles notify", wait: 0)
        } catch .busy(let path, _) {
            throw .busy(lockFile: path)
        } catch {
            throw .state(reason: "\(error)")
        }
        defer { withExtendedLifetime(lock) {} }
        var report = NotifyReport()
        let due = DueMail(workspace: workspace, settings: settings, baseURL: baseURL, now: now, stamp: store.now())
        var withoutAddress = 0
        report.queued = try state {
            try store.queueMail { snapshot in
                let outcome = due.decide(snapshot)
                withoutAddress = outcome.withoutAddress
                return outcome.queueing
            }
        }
        report.withoutAddress = withoutAddress

        let messages = try state { try store.dueMessages(at: store.now()) }
        if !messages.isEmpty {
            if let user = settings.smtp.user, password == nil { throw .noPassword(user: user) }
            let transport = try makeTransport()
            try send(messages, through: transport, into: &report)
        }
        report.stillQueued = try state { try store.outboxCounts() }.queued
        return report
    }

    /// A real SMTP transport for this workspace's settings.
    public func smtpTransport() throws(MailError) -> any MailTransport {
        let caFile = settings.smtp.caFile.map { path in
            path.hasPrefix("/") ? path : folder.appendingPathComponent(path).path
        }
        return try SMTPTransport(smtp: settings.smtp, password: password, caFile: caFile)
    }

    /// How long to wait after the `attempts`-th temporary refusal: 1, 2, 4 ... minutes, at most an hour.
    static func backOff(attempts: Int) -> TimeInterval { min(3600, 60 * pow(2, Double(max(0, attempts - 1)))) }

    /// Temporary refusals in a row after which the batch stops (the server is unwell).
    static let temporaryLimit = 3

    private func send(
        _ messages: [OutboxMessage],
        through transport: any MailTransport,
        into report: inout NotifyReport
    )
        throws(MailError)
    {
        let pause = settings.maxPerMinute > 0 ? 60.0 / Double(settings.maxPerMinute) : 0
        var last: Date?
        var temporaryInARow = 0
        // Each message's attempt is committed before it is handed over: the first on its own,
        // every later one together with its predecessor's result (one commit per message).
        if let first = messages.first { try state { try store.startSending(first.id) } }
        for (index, message) in messages.enumerated() {
            let next = index + 1 < messages.count ? messages[index + 1].id : nil
            if let last, pause > 0 {
                let wait = pause - Date().timeIntervalSince(last)
                if wait > 0 { Thread.sleep(forTimeInterval: wait) }
            }
            last = Date()
            let outcome: SendOutcome
            do {
                outcome = try transport.send(message.message, from: settings.from.address, to: message.recipient)
            } catch {
                report.stopped = error.description
                return
            }
            switch outcome {
            case .accepted(let reply):
                try state { try store.markSent(message.id, reply: reply, starting: next) }
                report.sent += 1
                temporaryInARow = 0
            case .refused(let reply):
                try state { try store.markFailed(message.id, reply: reply, starting: next) }
                report.failed.append((message.person, reply))
                temporaryInARow = 0
            case .temporary(let reply):
                let retry = store.now().addingTimeInterval(Self.backOff(attempts: message.attempts + 1))
                temporaryInARow += 1
                let stopping = temporaryInARow >= Self.temporaryLimit
                try state {
                    try store.markRetry(message.id, reply: reply, next: retry, starting: stopping ? nil : next)
                }
                report.deferred += 1
                if stopping {
                    report.stopped =
                        "the server refused \(temporaryInARow) messages in a row for now (\(reply)); the rest wait for the next run"
                    return
                }
            }
        }
    }

    private func state<T>(_ body: () throws -> T) throws(MailError) -> T {
        do {
            return try body()
        } catch {
            throw .state(reason: "\(error)")
        }
    }
}
