/// FNV-1a, 64 bits, as 16 hex digits: names a change in an outbox id and a Message-ID.
/// It guards no secret (the ids are private to State); it only has to be stable across runs,
/// which Swift's `Hasher` (seeded per process) is not.
enum StableHash {
    static func hex(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
