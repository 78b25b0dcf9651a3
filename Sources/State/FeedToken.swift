import Foundation
import GRDB

/// A person's private feed token: the secret in their feed's URL and file name.
///
/// 160 random bits from `SystemRandomNumberGenerator`, written in lower-case base32
/// (`a-z`, `2-7`, 32 characters): safe in a URL path and a file name, case-insensitive file
/// systems included, and far beyond guessing. A token stays the same across runs until it
/// is rotated, so a subscription keeps working.
public struct FeedToken: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "feed_token"

    /// The person's id in the workspace (`p0001`).
    public var person: String
    public var token: String
    public var createdAt: Date
    /// When the token was last replaced; nil if never.
    public var rotatedAt: Date?

    public init(person: String, token: String, createdAt: Date, rotatedAt: Date? = nil) {
        self.person = person
        self.token = token
        self.createdAt = createdAt
        self.rotatedAt = rotatedAt
    }

    enum CodingKeys: String, CodingKey {
        case person
        case token
        case createdAt = "created_at"
        case rotatedAt = "rotated_at"
    }

    /// The number of random bits in a token.
    public static let randomBits = 160

    /// A fresh token: `randomBits` bits from `generator`, in lower-case base32 without padding.
    public static func generate<G: RandomNumberGenerator>(using generator: inout G) -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz234567")
        var text = ""
        // 160 bits = 32 groups of 5 bits; draw them from 64-bit words.
        var word: UInt64 = 0
        var bitsLeft = 0
        for _ in 0..<(randomBits / 5) {
            if bitsLeft < 5 {
                word = generator.next()
                bitsLeft = 64
            }
            text.append(alphabet[Int(word & 0x1f)])
            word >>= 5
            bitsLeft -= 5
        }
        return text
    }

    /// A fresh token from the system's cryptographic generator.
    public static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        return generate(using: &generator)
    }
}

extension FeedToken {
    /// Read by column name rather than through `Decodable` (every token is read per publish).
    public init(row: Row) throws {
        person = try row.decode(forColumn: "person")
        token = try row.decode(forColumn: "token")
        createdAt = try row.decode(forColumn: "created_at")
        rotatedAt = try row.decode(forColumn: "rotated_at")
    }
}
