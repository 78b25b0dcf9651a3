/// FNV-1a, 64 bits: a hash that is the same in every run and on every machine, which Swift's
/// `Hasher` (seeded per process) is not.
///
/// It names content, never guards it: published events' content and text hashes (kept in
/// State, so their value must never change, or every SEQUENCE would rise once), a kept
/// plan's workspace fingerprint, and the ids of e-mail in the outbox.
public struct StableHash: Sendable {
    private var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    /// Mixes in bytes, in order.
    public mutating func mix(_ bytes: some Sequence<UInt8>) {
        for byte in bytes {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01b3
        }
    }

    /// The hash as 16 lower-case hex digits.
    public var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// The hash of `text`'s UTF-8 bytes, as 16 hex digits.
    public static func hex(_ text: String) -> String {
        var hash = StableHash()
        hash.mix(text.utf8)
        return hash.hex
    }
}
