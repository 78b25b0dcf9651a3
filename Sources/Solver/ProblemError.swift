/// A problem the engine refuses, with the index that is wrong; the caller built
/// the problem, so these are programming errors in a mapper rather than user input.
public struct ProblemError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
