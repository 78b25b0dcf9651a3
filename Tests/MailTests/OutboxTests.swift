import Foundation
import GRDB
import State
import Testing

@testable import Mail

@Suite("The outbox in State: one row per id, sent only when the server said so")
struct OutboxTests {
    func message(_ id: String, at date: Date) -> OutboxMessage {
        OutboxMessage(
            id: id,
            kind: "welcome",
            person: "p0002",
            recipient: "erik@example.org",
            message: "x",
            nextTryAt: date,
            queuedAt: date
        )
    }

    @Test func theSameIdIsNeverQueuedTwiceEvenAfterItWasSent() throws {
        let fixture = try MailFixture()
        let now = Date(timeIntervalSince1970: 1_640_000_000)
        #expect(try fixture.store.queueMail { _ in MailQueueing(messages: [message("welcome/p0002", at: now)]) } == 1)
        #expect(try fixture.store.queueMail { _ in MailQueueing(messages: [message("welcome/p0002", at: now)]) } == 0)
        try fixture.store.startSending("welcome/p0002")
        try fixture.store.markSent("welcome/p0002", reply: "250 OK")
        #expect(try fixture.store.queueMail { _ in MailQueueing(messages: [message("welcome/p0002", at: now)]) } == 0)
        let rows = try fixture.store.outbox()
        #expect(rows.count == 1 && rows[0].status == .sent && rows[0].attempts == 1 && rows[0].lastReply == "250 OK")
        #expect(try fixture.store.dueMessages(at: now.addingTimeInterval(86_400)).isEmpty)
        // Read by GRDB directly: the row is in the file.
        let database = try DatabaseQueue(path: fixture.store.path)
        #expect(try database.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM mail_outbox") } == 1)
    }

    @Test func aDeferredMessageWaitsForItsTimeAndAFailedOneIsNotDue() throws {
        let fixture = try MailFixture()
        let now = Date(timeIntervalSince1970: 1_640_000_000)
        try fixture.store.queueMail { _ in MailQueueing(messages: [message("a", at: now), message("b", at: now)]) }
        try fixture.store.markRetry("a", reply: "451 try later", next: now.addingTimeInterval(120))
        try fixture.store.markFailed("b", reply: "550 no such user")
        #expect(try fixture.store.dueMessages(at: now.addingTimeInterval(60)).isEmpty)
        #expect(try fixture.store.dueMessages(at: now.addingTimeInterval(120)).map(\.id) == ["a"])
        #expect(try fixture.store.outboxCounts() == OutboxCounts(queued: 1, sent: 0, failed: 1))
        #expect(
            Notifier.backOff(attempts: 1) == 60 && Notifier.backOff(attempts: 3) == 240
                && Notifier.backOff(attempts: 20) == 3600
        )
    }

    @Test func aDeciderThatFailsQueuesNothing() throws {
        struct Refusal: Error {}
        let fixture = try MailFixture()
        let now = Date(timeIntervalSince1970: 1_640_000_000)
        #expect(throws: StateError.self) {
            try fixture.store.queueMail { _ in
                _ = MailQueueing(messages: [message("a", at: now)])
                throw Refusal()
            }
        }
        #expect(try fixture.store.outbox().isEmpty)
    }

    @Test func theStateFileIsPrivate() throws {
        let fixture = try MailFixture()
        let mode = try FileManager.default.attributesOfItem(atPath: fixture.store.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }
}

@Suite("The sign-up confirmation, for the sign-up pages")
struct SignupConfirmationTests {
    /// As the sign-up page queues it: composed here, kept with the sign-up in one transaction.
    @Test func isQueuedOnceWithTheConfirmationLinkAndNoUnsubscribe() throws {
        let fixture = try MailFixture()
        let settings = try #require(fixture.workspace.plan.mail)
        let composer = MailComposer(
            workspace: fixture.workspace,
            settings: settings,
            baseURL: "https://kalender.example.org"
        )
        let link = "https://kalender.example.org/confirm/abc123"
        let signup = NewSignup(
            course: "feministisk-grundkurs",
            name: "Åsa Öberg",
            email: "asa@example.org",
            association: "karlstad"
        )
        let digest = String(repeating: "a", count: 64)
        func keep() throws -> Int {
            try fixture.store.addSignup(signup, confirmDigest: digest, formNonce: "n1") { number in
                composer.signupConfirmation(
                    signup: "signup-\(number)",
                    name: signup.name,
                    address: signup.email,
                    course: "Feministisk grundkurs",
                    confirmURL: link,
                    at: fixture.store.now()
                )
            }
        }
        let number = try keep()
        // The same form again queues nothing.
        #expect(throws: StateError.formTokenSpent) { try keep() }
        let outbox = try fixture.store.outbox()
        #expect(outbox.count == 1)
        let message = try #require(outbox.first)
        #expect(message.id == "signup-confirmation/signup-\(number)" && message.recipient == "asa@example.org")
        #expect(message.message.contains(link) && !message.message.contains("List-Unsubscribe"))
    }
}
