/// A list could not be written (folder missing, disk full, no permission).
public struct AttendanceFileError: Error, Sendable, Hashable, CustomStringConvertible {
    public let path: String
    public let reason: String

    public var description: String { "\(path): could not write the file: \(reason)" }
}
