/// A file that is not CSV as RFC 4180 defines it, with the line to look at.
public enum CSVSyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A quoted field opened on `line` is never closed.
    case unterminatedQuote(line: Int)
    /// A quoted field is followed by more text on `line` before the separator or the line's end.
    case textAfterClosingQuote(line: Int)

    public var line: Int {
        switch self {
        case let .unterminatedQuote(line), let .textAfterClosingQuote(line): line
        }
    }

    /// What is wrong, without the file and line (the caller's message has them).
    public var message: String {
        switch self {
        case .unterminatedQuote: "a quoted field is never closed (missing '\"')"
        case .textAfterClosingQuote: "text after a closing quote; a quoted field must end at a comma or the line's end"
        }
    }

    public var description: String { "line \(line): \(message)" }
}
