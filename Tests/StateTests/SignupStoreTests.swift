import Foundation
import GRDB
import Testing

@testable import State

/// Sign-ups, absences, leavings, personal records and erasure in State: each write one
/// transaction, each form's nonce spent with it.
@Suite struct SignupStoreTests {
    static let digest = String(repeating: "ab", count: 32)
    static func digest(_ n: Int) -> String { String(format: "%064x", n) }

    static let anna = NewSignup(
        course: "feministisk-grundkurs",
        name: "Anna \"<script>\" Ö",
        email: "  Anna@Example.ORG ",
        association: "karlstad",
        role: "member",
        born: 1990,
        gender: "f",
        never: ["mon", "fri"],
        note: "Kan inte måndagar"
    )

    /// Every table's rows, for "nothing was written" comparisons.
    static func snapshot(_ fixture: StateFixture) throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for table in [
            "signup", "absence", "leaving", "erasure", "feed_token", "spent_form_token", "mail_outbox", "attendance",
            "mail_told_session",
        ] {
            counts[table] = try fixture.count(table)
        }
        return counts
    }

    @Test func aSignupIsKeptPendingWithItsEmailKeyAndReadBackByDigest() throws {
        let fixture = try StateFixture()
        let store = try fixture.open()
        let number = try store.addSignup(Self.anna, confirmDigest: Self.digest, formNonce: "n1")
        #expect(number == 1)
        let signup = try #require(try fixture.open().signup(confirmDigest: Self.digest))
        #expect(signup.number == 1)
        #expect(signup.status == .pending)
        #expect(signup.name == Self.anna.name)
        #expect(signup.email == Self.anna.email)
        #expect(signup.never == ["mon", "fri"])
        #expect(signup.person == nil && signup.confirmedAt == nil && signup.mergedAt == nil)
        #expect(signup.createdAt == fixture.clock.now)
        let key = try DatabaseQueue(path: fixture.file.path).read { db in
            try String.fetchOne(db, sql: "SELECT email_key FROM signup")
        }
        #expect(key == "anna@example.org")
        #expect(try store.signups(emailKey: "ANNA@example.org ").map(\.number) == [1])
        #expect(try store.signup(confirmDigest: Self.digest(7)) == nil)
        // The code is never stored: only the digest.
        let columns = try DatabaseQueue(path: fixture.file.path).read { db in try db.columns(in: "signup").map(\.name) }
        #expect(!columns.contains("code") && columns.contains("confirm_digest"))
    }

    @Test func aReplayedFormWritesNothing() throws {
        let fixture = try StateFixture()
        let store = try fixture.open()
        _ = try store.addSignup(Self.anna, confirmDigest: Self.digest(1), formNonce: "n1")
        try store.addAbsence(person: "p1", circle: "c", session: 1, formNonce: "n2")
        try store.leaveCircle(person: "p1", circle: "c", course: "k", formNonce: "n3")
        _ = try store.rotateToken(for: "p1", formNonce: "n4")
        let before = try Self.snapshot(fixture)
        let token = try store.token(for: "p1")
        #expect(throws: StateError.formTokenSpent) {
            try store.addSignup(Self.anna, confirmDigest: Self.digest(2), formNonce: "n1")
        }
        #expect(throws: StateError.formTokenSpent) {
            try store.addAbsence(person: "p1", circle: "c", session: 2, formNonce: "n1")
        }
        #expect(throws: StateError.formTokenSpent) {
            try store.removeAbsence(person: "p1", circle: "c", session: 1, formNonce: "n2")
        }
        #expect(throws: StateError.formTokenSpent) {
            try store.leaveCircle(person: "p1", circle: "d", course: "k", formNonce: "n3")
        }
        #expect(throws: StateError.formTokenSpent) { try store.rotateToken(for: "p1", formNonce: "n4") }
        #expect(throws: StateError.formTokenSpent) { try store.erase(person: "p1", emailKey: nil, formNonce: "n4") }
        #expect(try Self.snapshot(fixture) == before)
        #expect(try store.token(for: "p1") == token)
        #expect(try store.absences(person: "p1").count == 1)
    }

    @Test(arguments: [
        NewSignup(course: "k", name: " ", email: "a@b.se", association: "x"),
        NewSignup(course: "k", name: "A", email: "a@b.se", association: "x", gender: "q"),
        NewSignup(course: "k", name: "A", email: "a@b.se", association: "x", never: ["monday"]),
        NewSignup(course: "k", name: "A", email: "a@b.se", association: "x", note: String(repeating: "å", count: 501)),
        NewSignup(course: "k", name: "A", email: "a@b.se", association: "x", born: 1066),
    ])
    func aBadSignupIsRefusedAndNeitherItNorTheNonceIsKept(_ signup: NewSignup) throws {
        let fixture = try StateFixture()
        #expect(throws: StateError.self) {
            try fixture.open().addSignup(signup, confirmDigest: Self.digest, formNonce: "n1")
        }
        #expect(try fixture.count("signup") == 0)
        #expect(try fixture.count("spent_form_token") == 0)
    }

    @Test func aNoteOf500CharactersIsKept() throws {
        let fixture = try StateFixture()
        var signup = Self.anna
        signup.note = String(repeating: "å", count: 500)
        _ = try fixture.open().addSignup(signup, confirmDigest: Self.digest, formNonce: "n1")
        #expect(try fixture.open().signups().first?.note?.count == 500)
    }

    @Test func confirmingSetsThePersonAndMakesTheirFeedTokenOnce() throws {
        let fixture = try StateFixture()
        let store = try fixture.open()
        let number = try store.addSignup(Self.anna, confirmDigest: Self.digest, formNonce: "n1")
        fixture.clock.advance(minutes: 30)
        let confirmed = try store.confirmSignup(number: number, person: "w1")
        #expect(confirmed.status == .confirmed)
        #expect(confirmed.person == "w1")
        #expect(confirmed.confirmedAt == fixture.clock.now)
        #expect(try fixture.open().signups(person: "w1") == [confirmed])
        let token = try #require(try store.allTokens().first)
        #expect(token.person == "w1")
        // Again (the link opened twice): unchanged, no second token.
        fixture.clock.advance(minutes: 30)
        #expect(try store.confirmSignup(number: number, person: "p9") == confirmed)
        #expect(try store.allTokens() == [token])
        #expect(try store.signups(status: .confirmed).map(\.number) == [1])
        #expect(try store.signups(status: .pending).isEmpty)
    }

    @Test func aRejectedSignupIsNotConfirmedAndUnknownOnesAreRefused() throws {
        let fixture = try StateFixture()
        let store = try fixture.open()
        let number = try store.addSignup(Self.anna, confirmDigest: Self.digest, formNonce: "n1")
        #expect(try store.rejectSignup(number: 99, why: "dubblett") == nil)
        #expect(throws: StateError.self) { try store.rejectSignup(number: number, why: "  ") }
        let rejected = try #require(try store.rejectSignup(number: number, why: " dubblett "))
        #expect(rejected.status == .rejected && rejected.rejectedWhy == "dubblett")
        #expect(throws: StateError.self) { try store.confirmSignup(number: number, person: "w1") }
        #expect(throws: StateError.self) { try store.confirmSignup(number: 42, person: "w1") }
        #expect(try fixture.count("feed_token") == 0)
        #expect(try store.signups(status: .rejected) == [rejected])
    }

    @Test func mergedSignupsAreMarkedOnceAndCannotBeRejected() throws {
        let fixture = try StateFixture()
        let store = try fixture.open()
        let one = try store.addSignup(Self.anna, confirmDigest: Self.digest(1), formNonce: "n1")
        let two = try store.addSignup(Self.anna, confirmDigest: Self.digest(2), formNonce: "n2")
        _ = try store.confirmSignup(number: one, person: "w1")
        #expect(try store.markMerged([one, two]) == 1)
        #expect(try store.markMerged([one]) == 0)
        #expect(try store.signup(number: one)?.mergedAt == fixture.clock.now)
        #expect(try store.signup(number: two)?.mergedAt == nil)
        #expect(throws: StateError.self) { try store.rejectSignup(number: one, why: "x") }
    }

    @Test func anAbsenceIsNotedOnceAndUndone() throws {
        let fixture = try StateFixture()
        let store = try fixture.open()
        try store.addAbsence(person: "p1", circle: "c1", session: 2, formNonce: "n1")
        let first = fixture.clock.now
        fixture.clock.advance(minutes: 5)
        try store.addAbsence(person: "p1", circle: "c1", session: 2, formNonce: "n2")
        try store.addAbsence(person: "p2", circle: "c1", session: 1, formNonce: "n3")
        try store.addAbsence(person: "p1", circle: "c2", session: 1, formNonce: "n4")
        #expect(
            try store.absences(person: "p1") == [
                Absence(person: "p1", circle: "c1", session: 2, notedAt: first),
                Absence(person: "p1", circle: "c2", session: 1, notedAt: fixture.clock.now),
            ]
        )
        #expect(try store.absences(circle: "c1").map(\.person) == ["p2", "p1"])
        #expect(try store.allAbsences().count == 3)
        #expect(throws: StateError.self) {
            try store.addAbsence(person: "p1", circle: "c1", session: 0, formNonce: "n5")
        }
        try store.removeAbsence(person: "p1", circle: "c1", session: 2, formNonce: "n6")
        try store.removeAbsence(person: "p1", circle: "c1", session: 2, formNonce: "n7")
        #expect(try store.absences(person: "p1").map(\.circle) == ["c2"])
    }

    @Test func leavingIsKeptOncePerCircle() throws {
        let fixture = try StateFixture()
        let store = try fixture.open()
        try store.leaveCircle(person: "p1", circle: "c1", course: "k1", formNonce: "n1")
        try store.leaveCircle(person: "p1", circle: "c1", course: "k1", formNonce: "n2")
        try store.leaveCircle(person: "p2", circle: "c1", course: "k1", formNonce: "n3")
        #expect(
            try store.leavings(person: "p1") == [
                Leaving(person: "p1", circle: "c1", course: "k1", leftAt: fixture.clock.now)
            ]
        )
        #expect(try store.allLeavings().map(\.person) == ["p1", "p2"])
    }

    @Test func aNewLinkWithANonceRotatesTheToken() throws {
        let fixture = try StateFixture()
        let store = try fixture.open()
        let old = try store.token(for: "p1")
        let rotation = try store.rotateToken(for: "p1", formNonce: "n1")
        #expect(rotation.previous == old.token)
        #expect(try store.person(forToken: old.token) == nil)
        #expect(try store.person(forToken: rotation.current.token) == "p1")
        #expect(try store.isFormTokenSpent("n1"))
    }

    @Test func theRecordsOfAPersonAreTheirsAloneAndHoldNoTokenOrMailBody() throws {
        let fixture = try StateFixture()
        let store = try fixture.open()
        let number = try store.addSignup(Self.anna, confirmDigest: Self.digest(1), formNonce: "n1")
        _ = try store.addSignup(Self.anna, confirmDigest: Self.digest(2), formNonce: "n2")
        _ = try store.confirmSignup(number: number, person: "w1")
        try store.addAbsence(person: "w1", circle: "c1", session: 1, formNonce: "n3")
        try store.addAbsence(person: "p2", circle: "c1", session: 1, formNonce: "n4")
        try store.leaveCircle(person: "w1", circle: "c2", course: "k", formNonce: "n5")
        try store.recordAttendance(
            [
                AttendanceMark(circle: "c1", session: 1, person: "w1", present: false),
                AttendanceMark(circle: "c1", session: 1, person: "p2", present: true),
            ],
            source: .web(circle: "c1")
        )
        try queue(store, id: "welcome/w1", person: "w1", to: "anna@example.org")
        try queue(store, id: "welcome/p2", person: "p2", to: "p2@example.org")
        let records = try store.records(of: "w1")
        #expect(records.signups.map(\.number) == [number])
        #expect(records.absences.map(\.person) == ["w1"])
        #expect(records.leavings.map(\.circle) == ["c2"])
        #expect(records.attendance.map(\.person) == ["w1"])
        #expect(records.mail == [.init(kind: "welcome", queuedAt: fixture.clock.now, status: "queued", sentAt: nil)])
        #expect(records.tokenCreatedAt == fixture.clock.now && records.tokenRotatedAt == nil)
        let json = String(decoding: try JSONEncoder().encode(records), as: UTF8.self)
        let token = try store.token(for: "w1").token
        #expect(!json.contains(token))
        #expect(!json.contains("MIME"))
        #expect(!json.contains("p2"))
    }

    @Test func erasingDeletesAllButAttendanceAndRemembersTheErasure() throws {
        let fixture = try StateFixture()
        let store = try fixture.open()
        let number = try store.addSignup(Self.anna, confirmDigest: Self.digest(1), formNonce: "n1")
        _ = try store.confirmSignup(number: number, person: "w1")
        _ = try store.addSignup(Self.anna, confirmDigest: Self.digest(2), formNonce: "n2")  // pending, same address
        var other = Self.anna
        other.email = "sara@example.org"
        _ = try store.addSignup(other, confirmDigest: Self.digest(3), formNonce: "n3")
        try store.addAbsence(person: "w1", circle: "c1", session: 1, formNonce: "n4")
        try store.leaveCircle(person: "w1", circle: "c2", course: "k", formNonce: "n5")
        try store.recordAttendance(
            [
                AttendanceMark(circle: "c1", session: 1, person: "w1", present: true)
            ],
            source: .web(circle: "c1")
        )
        try queue(store, id: "welcome/w1", person: "w1", to: "anna@example.org")
        try queue(store, id: "signup-confirmation/2", person: "2", to: "anna@example.org")
        try queue(store, id: "welcome/p2", person: "p2", to: "p2@example.org")
        let token = try store.token(for: "w1").token
        fixture.clock.advance(minutes: 10)
        let report = try store.erase(person: "w1", emailKey: " ANNA@example.org", formNonce: "n6")
        #expect(report == ErasureReport(signups: 2, absences: 1, leavings: 1, messages: 2, attendanceKept: 1))
        #expect(try store.signups().map(\.email) == ["sara@example.org"])
        #expect(try store.records(of: "w1").absences.isEmpty)
        #expect(try store.person(forToken: token) == nil)
        #expect(try store.outbox().map(\.id) == ["welcome/p2"])
        #expect(try store.attendance(person: "w1").count == 1)
        #expect(try store.erasures().map(\.person) == ["w1"])
        #expect(try store.erasures().first?.erasedAt == fixture.clock.now)
    }

    @Test func pruningDeletesWhatItIsGivenAndWhatHasExpiredInOneGo() throws {
        let fixture = try StateFixture()
        let store = try fixture.open()
        let old = try store.addSignup(Self.anna, confirmDigest: Self.digest(1), formNonce: "n1")
        fixture.clock.advance(minutes: 8 * 24 * 60)
        let fresh = try store.addSignup(Self.anna, confirmDigest: Self.digest(2), formNonce: "n2")
        let confirmed = try store.addSignup(Self.anna, confirmDigest: Self.digest(3), formNonce: "n3")
        _ = try store.confirmSignup(number: confirmed, person: "w3")
        try store.addAbsence(person: "w3", circle: "c1", session: 1, formNonce: "n4")
        try store.leaveCircle(person: "w3", circle: "c1", course: "k", formNonce: "n5")
        try store.recordAttendance(
            [
                AttendanceMark(circle: "c1", session: 1, person: "w9", present: true)
            ],
            source: .web(circle: "c1")
        )
        _ = try store.erase(person: "w9", emailKey: nil, formNonce: "n6")
        let now = fixture.clock.now
        let report = try store.prune(
            RetentionPruning(
                pendingCreatedBefore: now.addingTimeInterval(-7 * 24 * 3600),
                formTokensSpentBefore: now.addingTimeInterval(-24 * 3600),
                signups: [confirmed],
                absences: try store.allAbsences(),
                leavings: try store.allLeavings(),
                erasures: ["w9"],
                attendance: try store.attendance(person: "w9")
            )
        )
        #expect(report.expiredSignups == 1 && report.signups == 1 && report.absences == 1 && report.leavings == 1)
        #expect(report.erasures == 1 && report.attendance == 1 && report.formTokens == 1)
        #expect(try store.signups().map(\.number) == [fresh])
        #expect(try store.isFormTokenSpent("n2") && !store.isFormTokenSpent("n1"))
        _ = old
        #expect(try fixture.count("absence") + fixture.count("leaving") + fixture.count("erasure") == 0)
        #expect(try fixture.count("attendance") == 0)
    }

    private func queue(_ store: StateStore, id: String, person: String, to address: String) throws {
        let message = OutboxMessage(
            id: id,
            kind: String(id.prefix { $0 != "/" }),
            person: person,
            recipient: address,
            message: "MIME-Version: 1.0\r\n\r\nsecret body",
            nextTryAt: store.now(),
            queuedAt: store.now()
        )
        try store.queueMail { _ in MailQueueing(messages: [message]) }
    }
}
