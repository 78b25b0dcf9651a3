/// One thing wrong with a workspace, said so that a study organiser can find
/// and fix it: where (file, line, column), which key or id, and what was
/// expected.
///
/// Rendered like a compiler message:
/// `Courses/catalogue/media.yaml:7: leader: no person holds qualification 'media-trainer'`.
public struct WorkspaceProblem: Hashable, Sendable, Error, CustomStringConvertible {
    public let location: SourceLocation
    /// The key, column or id concerned (`leader`, `roles`, `p0002`); nil for the whole file.
    public let key: String?
    /// What is wrong and what was expected.
    public let message: String

    public init(location: SourceLocation, key: String?, message: String) {
        self.location = location
        self.key = key
        self.message = message
    }

    public var description: String {
        if let key { return "\(location): \(key): \(message)" }
        return "\(location): \(message)"
    }
}
