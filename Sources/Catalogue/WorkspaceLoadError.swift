/// Loading failed: every problem found in one run, in the order of the files
/// (plan, venues, associations, catalogue, people, enrolments, circles) and
/// then of the checks across files.
public struct WorkspaceLoadError: Error, Sendable, CustomStringConvertible {
    /// Never empty; at most the first 200 (`total` counts them all).
    public let problems: [WorkspaceProblem]
    /// How many problems were found, also those not listed.
    public let total: Int

    public init(problems: [WorkspaceProblem], total: Int? = nil) {
        self.problems = problems
        self.total = max(total ?? problems.count, problems.count)
    }

    /// One problem a line, then how many more were not listed, then how many there were.
    public var description: String {
        var lines = problems.map(\.description)
        let rest = total - problems.count
        if rest > 0 { lines.append(rest == 1 ? "... and 1 more problem" : "... and \(rest) more problems") }
        let count = total == 1 ? "1 problem" : "\(total) problems"
        return (lines + ["\(count) in the workspace"]).joined(separator: "\n")
    }
}
