import Foundation

/// Quoted-printable (RFC 2045 section 6.7) for UTF-8 bodies: readable for Swedish text in
/// any tool, lines of at most 76 characters, CRLF line ends.
enum QuotedPrintable {
    static let lineLimit = 76

    /// `text` (its lines split on `\n`) encoded; hard line breaks become CRLF.
    static func encode(_ text: String) -> String {
        var output: [String] = []
        for line in text.replacingOccurrences(of: "\r\n", with: "\n").split(
            separator: "\n",
            omittingEmptySubsequences: false
        ) {
            let bytes = Array(line.utf8)
            var current = ""
            for (index, byte) in bytes.enumerated() {
                let isLast = index == bytes.count - 1
                var piece: String
                switch byte {
                case 0x21...0x3c, 0x3e...0x7e:
                    piece = String(UnicodeScalar(byte))
                case 0x20, 0x09:
                    // White space at the end of a line would be lost in transport: encode it there.
                    piece = isLast ? hex(byte) : String(UnicodeScalar(byte))
                default:
                    piece = hex(byte)
                }
                // Room for the soft break "=" at the end of the line.
                if current.count + piece.count > lineLimit - 1 {
                    output.append(current + "=")
                    current = ""
                }
                // A line starting with "." is encoded, so no SMTP transport's dot-stuffing can alter it.
                if current.isEmpty, byte == 0x2e { piece = hex(byte) }
                current += piece
            }
            output.append(current)
        }
        return output.joined(separator: "\r\n")
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return "=" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0x0f)])
    }
}
