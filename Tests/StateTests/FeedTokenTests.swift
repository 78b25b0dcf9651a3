import Foundation
import Testing

@testable import State

@Suite struct FeedTokenTests {
    @Test func tokenIsStableAcrossReopening() throws {
        let fixture = try StateFixture()
        let first = try fixture.open().token(for: "p0001")
        let again = try fixture.open().token(for: "p0001")
        #expect(again == first)
        #expect(try fixture.open().allTokens() == [first])
        #expect(first.createdAt == fixture.clock.now)
        #expect(first.rotatedAt == nil)
    }

    /// The clock's fractions of a second are dropped, so a returned record equals the stored one.
    @Test func timesAreKeptInWholeSeconds() throws {
        let fixture = try StateFixture()
        let clock = ManualClock(start: Date(timeIntervalSince1970: 1_646_136_000.789))
        let token = try StateStore(workspace: fixture.workspace, clock: { clock.now }).token(for: "p0001")
        #expect(token.createdAt == Date(timeIntervalSince1970: 1_646_136_000))
        #expect(try fixture.open().allTokens() == [token])
    }

    @Test func tokensAreLongURLSafeAndDistinct() throws {
        let fixture = try StateFixture()
        let people = (1...200).map { "p\(1000 + $0)" }
        let tokens = try fixture.open().tokens(for: people)
        #expect(tokens.map(\.person) == people)
        #expect(Set(tokens.map(\.token)).count == people.count)
        let alphabet = Set("abcdefghijklmnopqrstuvwxyz234567")
        for token in tokens {
            #expect(token.token.count == 32)
            #expect(token.token.allSatisfy { alphabet.contains($0) })
        }
        #expect(FeedToken.randomBits >= 128)
        #expect(try fixture.count("feed_token") == people.count)
    }

    /// Every 5-bit group comes from the generator: all zero bits and all one bits give the
    /// first and last letters.
    @Test func generationUsesTheGeneratorsBits() {
        struct Constant: RandomNumberGenerator {
            var value: UInt64
            mutating func next() -> UInt64 { value }
        }
        var zeros = Constant(value: 0)
        var ones = Constant(value: .max)
        #expect(FeedToken.generate(using: &zeros) == String(repeating: "a", count: 32))
        #expect(FeedToken.generate(using: &ones) == String(repeating: "7", count: 32))
    }

    @Test func lookupFindsThePersonAndNothingElse() throws {
        let fixture = try StateFixture()
        let store = try fixture.open()
        let anna = try store.token(for: "p0001")
        let erik = try store.token(for: "p0002")
        #expect(try store.person(forToken: anna.token) == "p0001")
        #expect(try store.person(forToken: erik.token) == "p0002")
        #expect(try store.person(forToken: "not-a-token") == nil)
        #expect(try store.person(forToken: anna.token.uppercased()) == nil)
    }

    @Test func rotationReplacesTheTokenAndTheOldOneStopsResolving() throws {
        let fixture = try StateFixture()
        let old = try fixture.open().token(for: "p0001")
        fixture.clock.advance(minutes: 60)
        let rotation = try fixture.open().rotateToken(for: "p0001")
        #expect(rotation.previous == old.token)
        #expect(rotation.current.token != old.token)
        #expect(rotation.current.createdAt == old.createdAt)
        #expect(rotation.current.rotatedAt == fixture.clock.now)

        let store = try fixture.open()
        #expect(try store.person(forToken: old.token) == nil)
        #expect(try store.person(forToken: rotation.current.token) == "p0001")
        #expect(try store.token(for: "p0001") == rotation.current)
    }

    @Test func rotatingForSomeoneWithoutATokenCreatesOne() throws {
        let fixture = try StateFixture()
        let rotation = try fixture.open().rotateToken(for: "p0009")
        #expect(rotation.previous == nil)
        #expect(try fixture.open().person(forToken: rotation.current.token) == "p0009")
    }

    @Test func emptyPersonIsRefusedAndNothingIsWritten() throws {
        let fixture = try StateFixture()
        #expect(throws: StateError.invalid(operation: "creating feed tokens", reason: "a person id is empty")) {
            try fixture.open().tokens(for: ["p0001", ""])
        }
        #expect(try fixture.count("feed_token") == 0)
    }
}
