/// What a finished process left: its exit status and everything it wrote.
public struct ProcessOutput: Sendable {
    public let status: Int32
    /// True when a signal ended it (`status` is then the signal's number).
    public let killedBySignal: Bool
    public let standardOutput: String
    public let standardError: String

    /// The standard output of a run that succeeded; a run that did not is an error naming
    /// the program and saying what it wrote to standard error.
    public func succeeded() throws(ProcessFailed) -> String {
        guard status == 0, !killedBySignal else {
            throw ProcessFailed(status: status, standardError: standardError)
        }
        return standardOutput
    }
}
