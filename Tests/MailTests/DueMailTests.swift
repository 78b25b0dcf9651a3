import Foundation
import State
import Testing

@testable import Mail

@Suite("What is due: welcome once, changes once, reminders before upcoming sessions only")
struct DueMailTests {
    let january = MailFixture.evening(-20)

    @Test func aFirstCircleGivesOneWelcomeToEachPersonWithAnAddress() throws {
        let fixture = try MailFixture()
        try fixture.publish([
            MailFixture.session(1, start: MailFixture.evening(0)),
            MailFixture.session(2, start: MailFixture.evening(7)),
        ])
        let outcome = try fixture.store.previewMail { fixture.due(at: january).decide($0) }
        #expect(outcome.withoutAddress == 1)  // p0001 has no e-mail address
        let queued = try fixture.queue(at: january)
        #expect(queued.map(\.id).sorted() == ["welcome/p0002", "welcome/p0003"])
        #expect(queued.map(\.recipient).sorted() == ["erik@example.org", "sara@example.org"])
        let erik = try #require(queued.first { $0.person == "p0002" })
        #expect(erik.message.contains("To: Erik Berg <erik@example.org>\r\n"))
        #expect(!erik.message.contains("sara@example.org") && !erik.message.contains("Sara"))
        let token = try fixture.store.token(for: "p0002").token
        #expect(erik.message.contains("List-Unsubscribe: <https://kalender.example.org/p/\(token)>"))
        #expect(try fixture.queue(at: january).isEmpty, "queued once, never again")
        #expect(try fixture.queue(at: january.addingTimeInterval(3600)).isEmpty)
    }

    @Test func aMoveIsToldOnceWithTheOldTimeAndAMoveBackIsToldAgain() throws {
        let fixture = try MailFixture()
        try fixture.publish([
            MailFixture.session(1, start: MailFixture.evening(0)),
            MailFixture.session(2, start: MailFixture.evening(7)),
        ])
        try fixture.queue(at: january)
        try fixture.publish([
            MailFixture.session(1, start: MailFixture.evening(0)),
            MailFixture.session(2, start: MailFixture.evening(8)),
        ])
        let changes = try fixture.queue(at: january)
        #expect(changes.map(\.kind) == ["change", "change"])
        let body = try #require(changes.first { $0.person == "p0003" }).message
        #expect(body.contains("Flyttad"))
        #expect(body.contains("tisdag 8 februari 2022 kl. 18.30") && body.contains("onsdag 9 februari 2022 kl. 18.30"))
        #expect(!body.contains("tr=C3=A4ff 1 av 4"), "only what changed")
        #expect(try fixture.queue(at: january).isEmpty)
        // Back to the first evening: a new change, not the first one's id.
        try fixture.publish([
            MailFixture.session(1, start: MailFixture.evening(0)),
            MailFixture.session(2, start: MailFixture.evening(7)),
        ])
        #expect(try fixture.queue(at: january).count == 2)
    }

    @Test func aCancelledSessionIsToldAndNotReminded() throws {
        let fixture = try MailFixture()
        try fixture.publish([
            MailFixture.session(1, start: MailFixture.evening(0)),
            MailFixture.session(2, start: MailFixture.evening(7)),
        ])
        try fixture.queue(at: january)
        try fixture.publish([
            MailFixture.session(1, start: MailFixture.evening(0)),
            MailFixture.session(2, start: MailFixture.evening(7), status: .cancelled),
        ])
        let changes = try fixture.queue(at: january)
        #expect(changes.count == 2 && changes.allSatisfy { $0.message.contains("Inst=C3=A4lld") })
        let dayBefore = MailFixture.evening(7).addingTimeInterval(-3600)
        #expect(try fixture.queue(at: dayBefore).isEmpty, "no reminder for a cancelled session")
    }

    @Test func remindersComeWithinRemindBeforeAndNeverForThePast() throws {
        let fixture = try MailFixture()
        let start = MailFixture.evening(0)
        try fixture.publish([MailFixture.session(1, start: start)])
        #expect(try fixture.queue(at: start.addingTimeInterval(-25 * 3600)).map(\.kind) == ["welcome", "welcome"])
        let reminders = try fixture.queue(at: start.addingTimeInterval(-23 * 3600))
        #expect(reminders.map(\.kind) == ["reminder", "reminder"])
        #expect(reminders[0].message.contains("Subject: =?UTF-8?B?"))
        #expect(try fixture.queue(at: start.addingTimeInterval(-3600)).isEmpty, "one reminder per session")
        // A session published only after it began gets neither a reminder nor a notice.
        try fixture.publish([
            MailFixture.session(1, start: start), MailFixture.session(2, start: MailFixture.evening(-1)),
        ])
        #expect(try fixture.queue(at: start.addingTimeInterval(-3600)).isEmpty)
    }

    @Test func aQueuedReminderOfASessionCancelledSinceIsNeverSent() throws {
        let fixture = try MailFixture()
        let start = MailFixture.evening(0)
        try fixture.publish([
            MailFixture.session(1, start: start), MailFixture.session(2, start: MailFixture.evening(7)),
        ])
        try fixture.queue(at: start.addingTimeInterval(-23 * 3600))
        try fixture.publish([
            MailFixture.session(1, start: start, status: .cancelled),
            MailFixture.session(2, start: MailFixture.evening(7)),
        ])
        try fixture.queue(at: start.addingTimeInterval(-22 * 3600))
        let reminders = try fixture.store.outbox().filter { $0.kind == "reminder" }
        #expect(reminders.count == 2)
        #expect(reminders.allSatisfy { $0.status == .failed && $0.lastReply == MailQueueing.withdrawnReply })
        #expect(try fixture.store.dueMessages(at: start).allSatisfy { $0.kind != "reminder" })
    }

    @Test func leavingTheCircleIsACancellationForThatPersonOnly() throws {
        let fixture = try MailFixture()
        try fixture.publish([MailFixture.session(1, start: MailFixture.evening(0))])
        try fixture.queue(at: january)
        try fixture.publish([MailFixture.session(1, start: MailFixture.evening(0))], people: ["p0001", "p0002"])
        let changes = try fixture.queue(at: january)
        #expect(changes.map(\.person) == ["p0003"])
        #expect(changes[0].message.contains("Inst=C3=A4lld"))
    }
}
