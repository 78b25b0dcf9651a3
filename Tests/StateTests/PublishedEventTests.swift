import Foundation
import Testing

@testable import State

@Suite struct PublishedEventTests {
    static let start = Date(timeIntervalSince1970: 1_648_143_000)  // 2022-03-24T17:30:00Z

    static func content(
        _ uid: String = "fem-karlstad-var22-1@vansterpartiet-varmland",
        start: Date = start,
        place: String = "abf-karlstad/stora",
        status: PublishedEventStatus = .confirmed,
        summary: String = "Feministisk grundkurs, träff 1",
        minutes: Int = 150
    ) -> PublishedEventContent {
        PublishedEventContent(
            uid: uid,
            circle: "fem-karlstad-var22",
            session: 1,
            start: start,
            end: start.addingTimeInterval(TimeInterval(minutes * 60)),
            place: place,
            status: status,
            summary: summary
        )
    }

    @Test func firstPublicationStartsAtSequenceZero() throws {
        let fixture = try StateFixture()
        let events = try fixture.open().publish([Self.content()])
        #expect(events.count == 1)
        let event = events[0]
        #expect(event.sequence == 0)
        #expect(event.firstPublishedAt == fixture.clock.now)
        #expect(event.lastPublishedAt == fixture.clock.now)
        #expect(event.changedAt == fixture.clock.now)
        #expect(event.contentHash == Self.content().contentHash)
        #expect(try fixture.open().publishedEvent(uid: event.uid) == event)
    }

    /// SEQUENCE and changedAt move only when time, place or status change.
    @Test func sequenceRisesOnlyWhenTheContentHashChanges() throws {
        let fixture = try StateFixture()
        let store = try fixture.open()
        let first = try store.publish([Self.content()])[0]
        let publishedAt = fixture.clock.now

        fixture.clock.advance(minutes: 10)
        let same = try fixture.open().publish([Self.content()])[0]
        #expect(same.sequence == 0)
        #expect(same.changedAt == publishedAt)
        #expect(same.lastPublishedAt == fixture.clock.now)
        #expect(same.firstPublishedAt == first.firstPublishedAt)

        fixture.clock.advance(minutes: 10)
        // A new title is a change clients must take (issue 15): SEQUENCE rises.
        let retitled = try store.publish([Self.content(summary: "Feministisk grundkurs: första träffen")])[0]
        #expect(retitled.sequence == 1)
        #expect(retitled.changedAt == fixture.clock.now)
        #expect(retitled.summary == "Feministisk grundkurs: första träffen")

        let steps: [(PublishedEventContent, Int)] = [
            (Self.content(start: Self.start.addingTimeInterval(7 * 86400)), 2),  // moved a week (and the old title)
            (Self.content(start: Self.start.addingTimeInterval(7 * 86400)), 2),  // unchanged
            (Self.content(start: Self.start.addingTimeInterval(7 * 86400), minutes: 120), 3),  // shorter
            (
                Self.content(
                    start: Self.start.addingTimeInterval(7 * 86400),
                    place: "abf-karlstad/lilla",
                    minutes: 120
                ), 4
            ),
            (
                Self.content(
                    start: Self.start.addingTimeInterval(7 * 86400),
                    place: "abf-karlstad/lilla",
                    status: .cancelled,
                    minutes: 120
                ), 5
            ),
            (
                Self.content(
                    start: Self.start.addingTimeInterval(7 * 86400),
                    place: "abf-karlstad/lilla",
                    status: .cancelled,
                    minutes: 120
                ), 5
            ),
        ]
        for (index, (content, sequence)) in steps.enumerated() {
            fixture.clock.advance(minutes: 10)
            let before = try store.publishedEvent(uid: content.uid)!
            let event = try store.publish([content])[0]
            #expect(event.sequence == sequence, "step \(index)")
            #expect(
                event.changedAt == (sequence == before.sequence ? before.changedAt : fixture.clock.now),
                "step \(index)"
            )
        }
        let last = try #require(try fixture.open().publishedEvent(uid: Self.content().uid))
        #expect(last.sequence == 5)
        #expect(last.status == .cancelled)
        #expect(last.place == "abf-karlstad/lilla")
    }

    @Test func withdrawnEventsStayKnownAndComeBackWithAHigherSequence() throws {
        let fixture = try StateFixture()
        let store = try fixture.open()
        try store.publish([Self.content(status: .cancelled)])
        fixture.clock.advance(minutes: 5)
        try store.withdraw(uids: [Self.content().uid])
        let withdrawn = try #require(try store.publishedEvent(uid: Self.content().uid))
        #expect(withdrawn.withdrawnAt == fixture.clock.now)
        #expect(try store.publishedEvents().map(\.uid) == [Self.content().uid])

        let back = try store.publish([Self.content(status: .cancelled)])[0]
        #expect(back.withdrawnAt == nil)
        #expect(back.sequence == 1)
    }

    @Test func withdrawingAnUnknownUIDWithdrawsNothing() throws {
        let fixture = try StateFixture()
        let store = try fixture.open()
        try store.publish([Self.content()])
        #expect(
            throws: StateError.invalid(operation: "withdrawing published events", reason: "no published event nope@x")
        ) {
            try store.withdraw(uids: [Self.content().uid, "nope@x"])
        }
        #expect(try store.publishedEvent(uid: Self.content().uid)?.withdrawnAt == nil)
    }

    @Test func listIsOrderedByCircleSessionUID() throws {
        let fixture = try StateFixture()
        let store = try fixture.open()
        var second = Self.content("b@x")
        second.session = 2
        var other = Self.content("c@x")
        other.circle = "alpha"
        try store.publish([second, Self.content("a@x"), other])
        #expect(try store.publishedEvents().map(\.uid) == ["c@x", "a@x", "b@x"])
    }

    /// One refused event in a batch: the batch is rolled back, including the updates before it.
    @Test func failedBatchLeavesNothingWritten() throws {
        let fixture = try StateFixture()
        let store = try fixture.open()
        try store.publish([Self.content()])
        fixture.clock.advance(minutes: 30)
        let batch = [
            Self.content(place: "abf-karlstad/lilla"),  // an update that must not survive
            Self.content("new@x"),
            Self.content("broken@x", minutes: 0),  // end not after start: the table refuses it
        ]
        do {
            try store.publish(batch)
            Issue.record("the broken event was accepted")
        } catch let error {
            guard case .failed(let operation, let path, let reason) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(operation == "recording published events")
            #expect(path == fixture.file.path)
            #expect(reason.contains("CHECK constraint failed"))
            #expect(
                error.description.hasPrefix(
                    "recording published events failed in \(fixture.file.path), nothing was changed: "
                )
            )
        }
        #expect(try fixture.count("published_event") == 1)
        let kept = try #require(try fixture.open().publishedEvent(uid: Self.content().uid))
        #expect(kept.place == "abf-karlstad/stora")
        #expect(kept.sequence == 0)
    }

    /// The hash input is fixed: a changed formula would raise every SEQUENCE once.
    @Test func contentHashIsFixed() {
        #expect(Self.content().contentHash == Self.content(summary: "other").contentHash)
        #expect(Self.content().contentHash != Self.content(status: .tentative).contentHash)
        #expect(Self.content().contentHash.count == 16)
        #expect(Self.content().contentHash == "b8b91f26a5744a7c")  // FNV-1a of "1648143000|1648152000|abf-karlstad/stora|CONFIRMED", checked in Python
    }
}

/// The feeds each event was published in, kept with the event in one transaction.
@Suite struct PublishedEventFeedTests {
    @Test func feedsAreReplacedPerUIDAndKeptAcrossRuns() throws {
        let fixture = try StateFixture()
        let start = Date(timeIntervalSince1970: 1_648_000_000)
        let content = PublishedEventContent(
            uid: "c-1@x",
            circle: "c",
            session: 1,
            start: start,
            end: start.addingTimeInterval(3600),
            place: "v/r",
            status: .confirmed,
            summary: "Kurs, träff 1 av 2"
        )
        try fixture.open().publish([content], feeds: ["c-1@x": ["people/p0002", "courses/k", "people/p0001"]])
        #expect(try fixture.open().publishedFeeds() == ["c-1@x": ["courses/k", "people/p0001", "people/p0002"]])
        try fixture.open().publish([content], feeds: ["c-1@x": ["courses/k"]])
        #expect(try fixture.open().publishedFeeds() == ["c-1@x": ["courses/k"]])
        #expect(try fixture.open().publishedEvent(uid: "c-1@x")?.sequence == 0)
    }

    @Test func aRefusedEventKeepsNoFeeds() throws {
        let fixture = try StateFixture()
        let start = Date(timeIntervalSince1970: 1_648_000_000)
        let bad = PublishedEventContent(
            uid: "c-1@x",
            circle: "c",
            session: 1,
            start: start,
            end: start,
            place: "v/r",
            status: .confirmed,
            summary: "x"
        )
        #expect(throws: StateError.self) { try fixture.open().publish([bad], feeds: ["c-1@x": ["courses/k"]]) }
        #expect(try fixture.open().publishedFeeds() == [:])
        #expect(try fixture.count("published_event_feed") == 0)
    }
}
