import Foundation
import GRDB
import Testing

@testable import State

@Suite struct FormTokenTests {
    @Test func aNonceIsSpentOnceAndRefusedAfter() throws {
        let fixture = try StateFixture()
        let store = try fixture.open()
        #expect(try !store.isFormTokenSpent("n1"))
        try store.spendFormToken("n1")
        #expect(try store.isFormTokenSpent("n1"))
        #expect(throws: StateError.formTokenSpent) { try fixture.open().spendFormToken("n1") }
        #expect(try fixture.count("spent_form_token") == 1)
    }

    @Test func emptyOrOverlongNoncesAreRefusedAndNotKept() throws {
        let fixture = try StateFixture()
        let store = try fixture.open()
        #expect(throws: StateError.self) { try store.spendFormToken("") }
        #expect(throws: StateError.self) { try store.spendFormToken(String(repeating: "a", count: 129)) }
        #expect(try fixture.count("spent_form_token") == 0)
    }

    /// A rotated token serves the files published under the old one; the old one resolves to nothing.
    @Test func aRotatedTokenFindsTheFilesOfTheLastPublish() throws {
        let fixture = try StateFixture()
        let store = try fixture.open()
        let pending = try store.preparePublication([], people: ["p0001"])
        try store.commit(pending)
        let published = try #require(pending.tokens.first)
        #expect(try store.publishedToken(forRequestToken: published.token)! == ("p0001", published.token))
        let rotation = try store.rotateToken(for: "p0001")
        #expect(try store.publishedToken(forRequestToken: published.token) == nil)
        let found = try #require(try store.publishedToken(forRequestToken: rotation.current.token))
        #expect(found.person == "p0001" && found.published == published.token)
        // A token made outside a publish has no files yet.
        let fresh = try store.token(for: "p0002")
        let none = try #require(try store.publishedToken(forRequestToken: fresh.token))
        #expect(none.person == "p0002" && none.published == nil)
    }
}
