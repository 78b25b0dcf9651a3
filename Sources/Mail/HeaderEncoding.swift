import Catalogue
import Foundation

/// Header text as RFC 5322 and RFC 2047 want it: 7-bit, folded under 78 characters, with
/// non-ASCII text (å, ä, ö) as `=?UTF-8?B?...?=` encoded-words.
///
/// Encoded-words are at most 75 characters each and never split a UTF-8 character, so every
/// mail reader puts the text back together; adjacent encoded-words separated by folding
/// white space join without a space (RFC 2047 section 6.2).
enum HeaderEncoding {
    /// The longest header line, CRLF excluded (RFC 5322's "SHOULD" limit).
    static let lineLimit = 78

    /// `Name: value` folded into lines of at most `lineLimit`, CRLF between them, no final CRLF.
    /// `value` is unstructured text (a subject): encoded when it is not plain printable ASCII.
    static func unstructured(_ name: String, _ value: String) -> String {
        fold(
            name: name,
            words: needsEncoding(value)
                ? encodedWords(value, first: name.count + 2) : value.split(separator: " ").map(String.init)
        )
    }

    /// `Name: Display <address>`, the display name quoted or encoded as needed.
    static func address(_ name: String, _ address: MailAddress) -> String {
        guard let display = address.name, !display.isEmpty else { return "\(name): \(address.address)" }
        var words: [String]
        if needsEncoding(display) {
            words = encodedWords(display, first: name.count + 2)
        } else if display.allSatisfy({ $0.isLetter || $0.isNumber || $0 == " " || "!#$%&'*+-/=?^_`{|}~".contains($0) })
        {
            words = display.split(separator: " ").map(String.init)
        } else {
            words = [
                "\"" + display.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                    + "\""
            ]
        }
        words.append("<\(address.address)>")
        return fold(name: name, words: words)
    }

    /// Whether `text` must be encoded: anything beyond printable ASCII, or text that would
    /// read as an encoded-word itself.
    static func needsEncoding(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.value < 0x20 || $0.value > 0x7e } || text.contains("=?")
    }

    /// `text` as base64 encoded-words of at most 75 characters, split between characters.
    /// `first` is how much of the first line is taken (the header name), so the first word
    /// fits there too.
    static func encodedWords(_ text: String, first: Int) -> [String] {
        let prefix = "=?UTF-8?B?"
        let suffix = "?="
        // Base64 of n bytes is 4 * ceil(n / 3) characters.
        func length(_ bytes: Int) -> Int { prefix.count + suffix.count + 4 * ((bytes + 2) / 3) }
        var words: [String] = []
        var chunk: [UInt8] = []
        var room = lineLimit - first - 1
        for character in text {
            let bytes = Array(String(character).utf8)
            if !chunk.isEmpty, length(chunk.count + bytes.count) > min(75, room) {
                words.append(prefix + Data(chunk).base64EncodedString() + suffix)
                chunk = []
                room = lineLimit - 1
            }
            chunk += bytes
        }
        if !chunk.isEmpty || words.isEmpty { words.append(prefix + Data(chunk).base64EncodedString() + suffix) }
        return words
    }

    /// Words joined by spaces, a line broken (CRLF + space) before a word that would pass
    /// the limit. The first word stays beside the name (readers such as Python's keep the
    /// folding space of a body that begins on a continuation line), so a header of one long
    /// word (`List-Unsubscribe: <long URL>`) passes 78 characters, never RFC 5322's 998.
    static func fold(name: String, words: [String]) -> String {
        var lines: [String] = []
        var line = "\(name):"
        for word in words {
            if line.count + 1 + word.count > lineLimit, line.count > name.count + 1 {
                lines.append(line)
                line = ""
            }
            line += " " + word
        }
        lines.append(line)
        return lines.joined(separator: "\r\n")
    }
}
