import Catalogue
import Foundation
import Signups
import State
import Testing

@Suite("Confirming a sign-up")
struct SignupConfirmationTests {
    @Test func anAddressOfPeopleCSVIsThatPersonWhateverItsCaseAndSpaces() throws {
        let fixture = try SignupsFixture()
        let confirmed = try fixture.signUpConfirmed(email: "  ERIK@example.org ")
        #expect(confirmed.person == "p0002")
        #expect(confirmed.status == .confirmed)
        #expect(try fixture.store().allTokens().map(\.person) == ["p0002"])
    }

    @Test func anAddressOfAnEarlierSignupIsThatSignupsPerson() throws {
        let fixture = try SignupsFixture()
        let first = try fixture.signUpConfirmed(email: "ny@example.org")
        #expect(first.person == "w\(first.number)")
        let second = try fixture.signUpConfirmed("mediatraning-kandidater", email: "NY@example.org", role: "candidate")
        #expect(second.number == first.number + 1)
        #expect(second.person == first.person)
    }

    @Test func someoneNewGetsWAndTheSignupsNumber() throws {
        let fixture = try SignupsFixture()
        _ = try fixture.signUp(email: "pending@example.org")  // number 1, never confirmed
        let confirmed = try fixture.signUpConfirmed(email: "ny@example.org")
        #expect(confirmed.number == 2)
        #expect(confirmed.person == "w2")
    }

    @Test func aPendingSignupExpiresAfterSevenDays() throws {
        let fixture = try SignupsFixture()
        let early = try fixture.signUp(email: "a@example.org")
        let late = try fixture.signUp(email: "b@example.org")
        fixture.clock.advance(days: 7)
        #expect(try fixture.confirm(early.code)?.person == "w1")
        fixture.clock.advance(days: 0.001)
        #expect(try fixture.confirm(late.code) == nil)
        #expect(try fixture.store().signup(number: late.number)?.status == .pending)
        // Confirmed before it would have expired: opening the link again still answers.
        #expect(try fixture.confirm(early.code)?.number == early.number)
    }

    @Test func anUnknownOrRejectedCodeConfirmsNothing() throws {
        let fixture = try SignupsFixture()
        let made = try fixture.signUp()
        #expect(try fixture.confirm(SignupConfirmation.generateCode()) == nil)
        _ = try fixture.store().rejectSignup(number: made.number, why: "dubblett")
        #expect(try fixture.confirm(made.code) == nil)
        #expect(try fixture.store().allTokens().isEmpty)
    }

    @Test func confirmingTwiceChangesNothing() throws {
        let fixture = try SignupsFixture()
        let made = try fixture.signUp()
        let first = try #require(try fixture.confirm(made.code))
        fixture.clock.advance(days: 1)
        #expect(try fixture.confirm(made.code) == first)
    }
}
