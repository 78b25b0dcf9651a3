import Foundation
import Testing

@testable import Web

@Suite struct FormTokenTests {
    let now = Date(timeIntervalSince1970: 1_646_136_000)

    @Test func aTokenIsValidForItsBindingOnly() throws {
        let tokens = FormTokens()
        let token = tokens.issue(for: "signup/a", now: now)
        let nonce = try #require(tokens.verify(token, for: "signup/a", now: now.addingTimeInterval(60)))
        #expect(nonce.count == 32)
        #expect(tokens.verify(token, for: "signup/b", now: now) == nil)
        #expect(tokens.verify(token, for: "p/p0001/erase", now: now) == nil)
    }

    @Test func anotherProcessesTokensAndForgeriesAreRefused() {
        let token = FormTokens().issue(for: "signup/a", now: now)
        #expect(FormTokens().verify(token, for: "signup/a", now: now) == nil)
        let tokens = FormTokens()
        let mine = tokens.issue(for: "signup/a", now: now)
        let parts = mine.split(separator: ".")
        let newerTime = "\(parts[0]).\(Int(now.timeIntervalSince1970) + 100).\(parts[2])"
        #expect(tokens.verify(newerTime, for: "signup/a", now: now) == nil)
        #expect(tokens.verify("", for: "signup/a", now: now) == nil)
        #expect(tokens.verify(nil, for: "signup/a", now: now) == nil)
        #expect(tokens.verify(String(repeating: "a", count: 500), for: "signup/a", now: now) == nil)
    }

    @Test func oldTokensAreRefused() {
        let tokens = FormTokens(maximumAge: 3600)
        let token = tokens.issue(for: "signup/a", now: now)
        #expect(tokens.verify(token, for: "signup/a", now: now.addingTimeInterval(3599)) != nil)
        #expect(tokens.verify(token, for: "signup/a", now: now.addingTimeInterval(3601)) == nil)
    }

    @Test func everyTokenHasItsOwnNonce() {
        let tokens = FormTokens()
        let nonces = Set((0..<100).map { _ in tokens.verify(tokens.issue(for: "x", now: now), for: "x", now: now)! })
        #expect(nonces.count == 100)
    }
}

@Suite struct RateLimiterTests {
    @Test func theLimitHoldsInASlidingWindowPerClient() {
        let limiter = RateLimiter(limit: 3, window: 600)
        let start = Date(timeIntervalSince1970: 0)
        for second in 0..<3 {
            #expect(limiter.retryAfter("a", now: start.addingTimeInterval(Double(second))) == nil)
            limiter.count("a", now: start.addingTimeInterval(Double(second)))
        }
        #expect(limiter.retryAfter("a", now: start.addingTimeInterval(10)) == 590)
        #expect(limiter.retryAfter("b", now: start.addingTimeInterval(10)) == nil)
        #expect(limiter.retryAfter("a", now: start.addingTimeInterval(600)) == nil)
    }

    @Test func theTableStaysBounded() {
        let limiter = RateLimiter(limit: 1, window: 60, maximumClients: 10)
        let start = Date(timeIntervalSince1970: 0)
        for index in 0..<50 { limiter.count("c\(index)", now: start.addingTimeInterval(Double(index))) }
        #expect(limiter.retryAfter("c49", now: start.addingTimeInterval(50)) != nil)
        #expect(limiter.retryAfter("c0", now: start.addingTimeInterval(50)) == nil)
    }

    @Test func aProxyOnThisMachineNamesTheClient() {
        #expect(ClientAddress.of(peer: "127.0.0.1", forwardedFor: "203.0.113.9") == "203.0.113.9")
        #expect(ClientAddress.of(peer: "127.0.0.1", forwardedFor: "10.0.0.1, 203.0.113.9") == "203.0.113.9")
        #expect(ClientAddress.of(peer: "198.51.100.4", forwardedFor: "203.0.113.9") == "198.51.100.4")
        #expect(ClientAddress.of(peer: "127.0.0.1", forwardedFor: nil) == "127.0.0.1")
    }
}

@Suite struct RouteTests {
    let token = String(repeating: "a", count: 32)

    @Test func pathsOfThePagesThatAct() {
        #expect(WebFront.Route(path: "/courses/media-1/signup") == .signup(course: "media-1"))
        #expect(WebFront.Route(path: "/confirm/AbC_d-0123456789xyz") == .confirm(code: "AbC_d-0123456789xyz"))
        #expect(WebFront.Route(path: "/p/\(token)"[...]) == .personal(token: token))
        #expect(WebFront.Route(path: "/p/\(token)/data.json"[...]) == .personalData(token: token))
        #expect(WebFront.Route(path: "/p/\(token)/erase"[...]) == .personalAction(token: token, action: .erase))
    }

    @Test(arguments: [
        "/courses/Media/signup", "/courses/../signup", "/courses/x/signup/", "/courses/x", "/confirm/short",
        "/confirm/a%2e%2e-0123456789abcd", "/p/short", "/p/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "/p/x/../erase",
        "/p/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.ics", "/p/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/unknown", "/p//erase", "/",
    ])
    func otherPathsAreNotTheirs(_ path: String) {
        #expect(WebFront.Route(path: path[...]) == nil)
    }

    @Test func logLabelsNeverCarryATokenOrCode() {
        #expect(WebFront.Route.personal(token: token).logLabel == "/p/<redacted>")
        #expect(WebFront.Route.confirm(code: "secretcode0123456789").logLabel == "/confirm/<redacted>")
        #expect(WebFront.Route.personalAction(token: token, action: .leave).logLabel == "/p/<redacted>/leave")
    }
}
