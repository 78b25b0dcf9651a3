/// Where a value was written: a file as the user would type it (relative to the
/// folder they ran `circles` in, e.g. `Courses/catalogue/media.yaml`), a line and,
/// for YAML, a column. Kept on courses, people, enrolments and fixed circles so
/// the planner can cite them in its messages.
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    public let file: String
    /// 1-based; nil when the problem concerns the whole file.
    public let line: Int?
    /// 1-based, counted in Unicode scalars; nil where the format has none (CSV).
    public let column: Int?

    public init(file: String, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line`, as compilers and editors understand it.
    public var description: String {
        guard let line else { return file }
        return "\(file):\(line)"
    }
}
