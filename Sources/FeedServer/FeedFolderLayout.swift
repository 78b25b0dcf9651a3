/// The names the published folder may contain; anything else in it is never served.
///
/// Checked byte by byte on ASCII so that no Unicode normalisation or case folding can make
/// two spellings of one name (the ids are lower-case ASCII, digits and `-`, by the spec).
enum FeedFolderLayout {
    /// The folders of public feeds, each also the path segment after `/calendars/`.
    static let publicKinds = ["courses", "circles", "associations", "venues"]
    /// The folder of private feeds, named by token; never reachable under `/calendars/`.
    static let privateFolder = "people"
    /// The front page.
    static let indexFile = "index.html"
    /// Longest id accepted in a public feed's file name.
    static let maximumIdLength = 128
    /// Token lengths accepted: 32 hex characters (128 bits) up to long base32 tokens.
    static let tokenLengths = 26...64
    /// Larger files are skipped at load: a feed is a few hundred kilobytes at most.
    static let maximumFileSize = 32 * 1024 * 1024

    /// `<id>.ics` with an id of `[a-z0-9]` then `[a-z0-9-]*`.
    static func isPublicFeedName(_ name: some StringProtocol) -> Bool {
        guard let id = feedStem(name), id.count <= maximumIdLength, let first = id.first,
              isLowerAlphanumeric(first)
        else { return false }
        return id.allSatisfy { isLowerAlphanumeric($0) || $0 == UInt8(ascii: "-") }
    }

    /// The token of a private feed's `<token>.ics`, `[a-z0-9]{26,64}`, or nil.
    static func token(inFileName name: some StringProtocol) -> Substring? {
        guard let stem = feedStem(name), isToken(stem) else { return nil }
        let text = Substring(name)
        return text.prefix(stem.count)
    }

    /// Whether `token` has the shape of a token; says nothing about whether it exists.
    static func isToken(_ token: some Collection<UInt8>) -> Bool {
        tokenLengths.contains(token.count) && token.allSatisfy(isLowerAlphanumeric)
    }

    private static func feedStem(_ name: some StringProtocol) -> ArraySlice<UInt8>? {
        let bytes = Array(name.utf8)
        guard bytes.count > 4, bytes.suffix(4).elementsEqual(".ics".utf8) else { return nil }
        return bytes.dropLast(4)
    }

    private static func isLowerAlphanumeric(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
