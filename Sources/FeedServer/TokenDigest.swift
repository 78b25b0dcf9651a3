import Crypto

/// The SHA-256 of a private feed's token: the only form in which the server keeps tokens.
///
/// Lookups hash the requested token and compare digests, so the time a lookup takes does
/// not depend on how many leading characters of a real token a guess got right.
struct TokenDigest: Hashable, Sendable {
    private let words: (UInt64, UInt64, UInt64, UInt64)

    init(token: some StringProtocol) {
        let digest = SHA256.hash(data: Array(token.utf8))
        var words: [UInt64] = []
        digest.withUnsafeBytes { raw in
            for index in 0..<4 { words.append(raw.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)) }
        }
        self.words = (words[0], words[1], words[2], words[3])
    }

    static func == (lhs: TokenDigest, rhs: TokenDigest) -> Bool {
        // No early exit: every word is compared whatever the first ones say.
        ((lhs.words.0 ^ rhs.words.0) | (lhs.words.1 ^ rhs.words.1) | (lhs.words.2 ^ rhs.words.2)
            | (lhs.words.3 ^ rhs.words.3)) == 0
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(words.0)
        hasher.combine(words.1)
        hasher.combine(words.2)
        hasher.combine(words.3)
    }
}
