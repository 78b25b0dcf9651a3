/// Loading failed: every problem found in one run, in the order of the files
/// (plan, venues, associations, catalogue, people, enrolments, circles) and
/// then of the checks across files.
public struct WorkspaceLoadError: Error, Sendable, CustomStringConvertible {
    /// Never empty.
    public let problems: [WorkspaceProblem]

    public init(problems: [WorkspaceProblem]) { self.problems = problems }

    /// One problem a line, then how many there were.
    public var description: String {
        let lines = problems.map(\.description)
        let count = problems.count == 1 ? "1 problem" : "\(problems.count) problems"
        return (lines + ["\(count) in the workspace"]).joined(separator: "\n")
    }
}
