import Foundation

/// An e-mail address with an optional display name, as in a `From:` header:
/// `Vänsterpartiet Värmland <studier@example.org>` or `studier@example.org`.
public struct MailAddress: Sendable, Hashable, CustomStringConvertible {
    /// The display name, nil when only the address was written.
    public let name: String?
    /// `local@domain`.
    public let address: String

    public init(name: String? = nil, address: String) {
        self.name = name
        self.address = address
    }

    /// Reads `Name <addr>`, `"Name" <addr>` or `addr`; nil when no plausible address is there.
    /// Deliberately simple (one `@`, no spaces, brackets or quotes in the address, a dot in the
    /// domain): it catches typing mistakes; the SMTP server has the last word.
    public init?(parsing text: String) {
        let text = text.trimmingCharacters(in: .whitespaces)
        if let open = text.lastIndex(of: "<"), text.hasSuffix(">") {
            var name = text[..<open].trimmingCharacters(in: .whitespaces)
            if name.hasPrefix("\""), name.hasSuffix("\""), name.count >= 2 {
                name = String(name.dropFirst().dropLast())
            }
            let address = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
            guard Self.isPlausible(address) else { return nil }
            self.init(name: name.isEmpty ? nil : name, address: address)
        } else {
            guard Self.isPlausible(text) else { return nil }
            self.init(address: text)
        }
    }

    /// One `@` with text on both sides, a dot in the domain, no space, bracket, quote or comma.
    public static func isPlausible(_ address: String) -> Bool {
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."),
            !parts[1].hasSuffix(".")
        else { return false }
        return !address.contains { $0.isWhitespace || "<>\"(),;:[]\\".contains($0) } && address.allSatisfy(\.isASCII)
    }

    /// The domain part (for Message-IDs).
    public var domain: String { String(address.split(separator: "@").last ?? "") }

    public var description: String { name.map { "\($0) <\(address)>" } ?? address }
}
