/// Why a text could not become a QR code, in words for the person who publishes.
public enum QRCodeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Nothing to encode.
    case empty
    /// More bytes than the largest symbol holds at level M (2,331), or libqrencode failed.
    case tooLong(bytes: Int)

    public var description: String {
        switch self {
        case .empty: "a QR code needs a text to encode"
        case .tooLong(let bytes): "a text of \(bytes) bytes is too long for a QR code"
        }
    }
}
