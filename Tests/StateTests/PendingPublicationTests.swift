import Foundation
import Testing

@testable import State

/// A publication is worked out from one read and written later, while the feeds are written:
/// nothing is kept before the commit, and a commit after another run's write is refused.
@Suite struct PendingPublicationTests {
    @Test func preparingWritesNothingAndCommitKeepsExactlyWhatWasPrepared() throws {
        let fixture = try StateFixture()
        let store = try fixture.open()
        let content = PublishedEventTests.content()
        let pending = try store.preparePublication(
            [content],
            feeds: [content.uid: ["people/p0002", "courses/k", "people/p0002"]],
            people: ["p0002", "p0001"]
        )
        #expect(try store.publishedEvents().isEmpty)
        #expect(try store.allTokens().isEmpty)
        #expect(pending.tokens.map(\.person) == ["p0002", "p0001"])

        try store.commit(pending)
        let reopened = try fixture.open()
        #expect(try reopened.publishedEvents() == pending.events)
        #expect(try reopened.publishedFeeds() == [content.uid: ["courses/k", "people/p0002"]])
        #expect(try reopened.allTokens() == pending.tokens.sorted { $0.person < $1.person })
        // Tokens prepared once are the ones kept: the next publication reads them back.
        #expect(try reopened.preparePublication([], people: ["p0001"]).tokens == [pending.tokens[1]])
    }

    @Test func aCommitAfterAnotherRunWroteIsRefusedAndKeepsNothing() throws {
        let fixture = try StateFixture()
        let first = try fixture.open()
        let other = try fixture.open()  // another process: its own connection to the file
        let pending = try first.preparePublication([PublishedEventTests.content()], people: ["p0001"])
        try other.publish([PublishedEventTests.content("other-1@x")])

        let error = #expect(throws: StateError.self) { try first.commit(pending) }
        #expect(error?.description.contains("publish again") == true)
        #expect(try fixture.open().publishedEvents().map(\.uid) == ["other-1@x"])
        #expect(try fixture.open().allTokens().isEmpty)
        // Prepared again from what is there now, it goes through.
        try first.commit(try first.preparePublication([PublishedEventTests.content()], people: ["p0001"]))
        #expect(try fixture.open().publishedEvents().count == 2)
    }
}
