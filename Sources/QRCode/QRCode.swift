import CQRencode

/// A QR code symbol: a square of dark and light modules, made by libqrencode.
///
/// The C object is copied into Swift values and freed inside `init`, so no pointer leaves
/// this file. Error correction level M (15 %) survives a poster's crease or a smudged
/// screen, and keeps a feed URL of about 100 characters at version 5 or 6 (37 to 41 modules).
public struct QRCode: Sendable, Hashable {
    /// Modules per side.
    public let size: Int
    /// Row by row, `true` for a dark module.
    public let modules: [Bool]

    /// Encodes `text` as bytes (UTF-8) so that a URL reads back exactly as it was given.
    public init(encoding text: String) throws(QRCodeError) {
        guard !text.isEmpty else { throw .empty }
        guard let symbol = QRcode_encodeString8bit(text, 0, QR_ECLEVEL_M) else {
            throw .tooLong(bytes: text.utf8.count)
        }
        defer { QRcode_free(symbol) }
        let size = Int(symbol.pointee.width)
        // Bit 0 of each byte is the module's colour; the other bits describe its role.
        modules = (0..<(size * size)).map { symbol.pointee.data[$0] & 1 == 1 }
        self.size = size
    }

    /// Whether the module at `row`, `column` is dark.
    public func isDark(row: Int, column: Int) -> Bool { modules[row * size + column] }
}
