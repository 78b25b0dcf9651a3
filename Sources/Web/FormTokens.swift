import Crypto
import Foundation

/// The CSRF token of every form: a random nonce and the time it was issued, signed with a
/// key that lives only in this process's memory, for one page and action (`binding`).
///
/// A token is checked for its signature, its binding and its age, and its nonce is spent in
/// State in the same transaction as the action, so a form works once. After a restart old
/// forms are refused (403) and shown again with what was typed and a fresh token.
struct FormTokens: Sendable {
    /// The signing key's bytes (`SymmetricKey` is not `Sendable`).
    private let keyBytes: [UInt8]
    /// How long a form stays valid; spent nonces are kept longer than this (see prune).
    let maximumAge: TimeInterval

    init(key: SymmetricKey = SymmetricKey(size: .bits256), maximumAge: TimeInterval = 12 * 3600) {
        keyBytes = key.withUnsafeBytes { Array($0) }
        self.maximumAge = maximumAge
    }

    /// A fresh token for `binding` (e.g. `signup/feministisk-grundkurs`, `p/p0001/absence`).
    func issue(for binding: String, now: Date) -> String {
        var nonce = [UInt8](repeating: 0, count: 16)
        var generator = SystemRandomNumberGenerator()
        for index in nonce.indices { nonce[index] = UInt8.random(in: 0...255, using: &generator) }
        let nonceText = Self.hex(nonce)
        let issued = String(Int(now.timeIntervalSince1970))
        return "\(nonceText).\(issued).\(signature(binding: binding, nonce: nonceText, issued: issued))"
    }

    /// The nonce of a valid token for `binding`, or nil (missing, forged, for another page
    /// or action, or too old).
    func verify(_ token: String?, for binding: String, now: Date) -> String? {
        guard let token, token.utf8.count <= 200 else { return nil }
        let parts = token.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3, parts[0].utf8.count == 32, let issued = Int(parts[1]) else { return nil }
        let expected = signature(binding: binding, nonce: parts[0], issued: parts[1])
        guard Self.constantTimeEqual(expected, parts[2]) else { return nil }
        let age = now.timeIntervalSince1970 - Double(issued)
        guard age >= -60, age <= maximumAge else { return nil }
        return parts[0]
    }

    private func signature(binding: String, nonce: String, issued: String) -> String {
        let message = Array("\(binding)\u{0}\(nonce)\u{0}\(issued)".utf8)
        return Self.hex(Array(HMAC<SHA256>.authenticationCode(for: message, using: SymmetricKey(data: keyBytes))))
    }

    private static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let left = Array(a.utf8)
        let right = Array(b.utf8)
        guard left.count == right.count else { return false }
        var difference: UInt8 = 0
        for index in left.indices { difference |= left[index] ^ right[index] }
        return difference == 0
    }
}
