import Catalogue
import Crypto
import Foundation
import State

/// Double opt-in: the code in the e-mailed link (`/confirm/<code>`) confirms its sign-up.
///
/// The code is 256 random bits, base64url without padding (43 characters, safe in a URL
/// path). State keeps only its SHA-256, so the code is in the e-mail and nowhere else. A code
/// that is unknown, of a rejected sign-up or of a pending one older than `validity` gives nil:
/// the web answers each with the same 404 as any missing page.
public struct SignupConfirmation: Sendable {
    public let workspace: Workspace
    public let store: StateStore

    /// How long a pending sign-up waits for its confirmation.
    public static let validity: TimeInterval = 7 * 24 * 3600

    public init(workspace: Workspace, store: StateStore) {
        self.workspace = workspace
        self.store = store
    }

    /// A fresh confirmation code from the system's cryptographic generator.
    public static func generateCode() -> String {
        var generator = SystemRandomNumberGenerator()
        return generateCode(using: &generator)
    }

    /// A code from `generator` (tests pass a seeded one).
    public static func generateCode<G: RandomNumberGenerator>(using generator: inout G) -> String {
        var bytes: [UInt8] = []
        for _ in 0..<4 {
            let word = generator.next()
            for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: word >> shift)) }
        }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// The SHA-256 of `code`, lower-case hex: what State keeps and looks up.
    public static func digest(of code: String) -> String {
        SHA256.hash(data: Data(code.utf8)).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    /// Confirms the sign-up of `code` as a request of its person and returns it; nil for an
    /// unknown, expired or rejected one. A confirmed one (the link opened twice) is returned
    /// as it is.
    public func confirm(code: String) throws(StateError) -> Signup? {
        guard let signup = try store.signup(confirmDigest: Self.digest(of: code)) else { return nil }
        switch signup.status {
        case .rejected:
            return nil
        case .confirmed:
            return signup
        case .pending:
            if store.now().timeIntervalSince(signup.createdAt) > Self.validity { return nil }
        }
        return try store.confirmSignup(number: signup.number, person: try person(for: signup))
    }

    /// Who the sign-up is from: the people.csv person with its address (trimmed, any case),
    /// else the person of an earlier confirmed sign-up from it, else someone new: `w` and the
    /// sign-up's number.
    public func person(for signup: Signup) throws(StateError) -> String {
        let key = Signup.emailKey(of: signup.email)
        if let known = workspace.people.first(where: { $0.email.map(Signup.emailKey(of:)) == key }) {
            return known.id.rawValue
        }
        let earlier = try store.signups(emailKey: key)
        if let person = earlier.first(where: { $0.status == .confirmed && $0.person != nil })?.person {
            return person
        }
        return "w\(signup.number)"
    }
}
