/// A program a test runs ended with a non-zero status (or a signal).
public struct ProcessFailed: Error, CustomStringConvertible {
    public let status: Int32
    public let standardError: String

    public var description: String { "exit status \(status): \(standardError)" }
}
