import Catalogue
import CirclesTesting
import Foundation
import Signups
import State

/// A fixture workspace written into a temporary folder, its State on a clock the test moves,
/// and sign-ups made and confirmed as the web would.
final class SignupsFixture {
    let root: String
    let clock = TestClock(start: Date(timeIntervalSince1970: 1_646_136_000))  // 2022-03-01T12:00:00Z
    private var nonce = 0

    init(_ fixture: WorkspaceFixture = WorkspaceFixture()) throws {
        root = try fixture.write()
    }

    deinit {
        try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: root).deletingLastPathComponent().path)
    }

    var folder: URL { URL(fileURLWithPath: root, isDirectory: true) }
    var stateFile: String { folder.appendingPathComponent(".circles/state.sqlite").path }

    func store() throws -> StateStore {
        let clock = self.clock
        return try StateStore(workspace: folder, clock: { clock.now })
    }

    func files() throws -> Workspace { try Workspace.load(from: root) }

    func nextNonce() -> String {
        nonce += 1
        return "nonce-\(nonce)"
    }

    /// Signs up as the form would; returns the number and the code of the e-mail.
    @discardableResult
    func signUp(
        _ course: String = "feministisk-grundkurs",
        name: String = "Ny Medlem",
        email: String = "ny@example.org",
        association: String = "karlstad",
        role: String? = nil,
        born: Int? = 1995,
        never: [String] = []
    ) throws -> (number: Int, code: String) {
        let code = SignupConfirmation.generateCode()
        let number = try store().addSignup(
            NewSignup(
                course: course,
                name: name,
                email: email,
                association: association,
                role: role,
                born: born,
                gender: "x",
                never: never,
                note: nil
            ),
            confirmDigest: SignupConfirmation.digest(of: code),
            formNonce: nextNonce()
        )
        return (number, code)
    }

    /// Signs up and confirms; returns the confirmed sign-up.
    @discardableResult
    func signUpConfirmed(
        _ course: String = "feministisk-grundkurs",
        email: String = "ny@example.org",
        association: String = "karlstad",
        role: String? = nil,
        born: Int? = 1995,
        never: [String] = []
    ) throws -> Signup {
        let made = try signUp(course, email: email, association: association, role: role, born: born, never: never)
        return try confirm(made.code)!
    }

    func confirm(_ code: String) throws -> Signup? {
        try SignupConfirmation(workspace: try files(), store: try store()).confirm(code: code)
    }

    func read(_ name: String) throws -> Data { try Data(contentsOf: folder.appendingPathComponent(name)) }
}

/// A clock for tests, moved by hand.
// @unchecked Sendable is safe: `current` is only touched while `lock` is held.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    init(start: Date) { current = start }

    var now: Date {
        lock.lock()
        defer { lock.unlock() }
        return current
    }

    func advance(days: Double) {
        lock.lock()
        current = current.addingTimeInterval(days * 24 * 3600)
        lock.unlock()
    }

    func set(_ date: Date) {
        lock.lock()
        current = date
        lock.unlock()
    }
}
