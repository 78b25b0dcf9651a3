/// Collects the problems of one load, so that one run reports all of them.
///
/// A class because every reader of every file appends to the same list; it
/// lives only for the duration of `Workspace.load(from:)` on one thread and
/// is never shared, so it is deliberately not `Sendable`.
final class ProblemLog {
    private(set) var problems: [WorkspaceProblem] = []

    func add(_ location: SourceLocation, key: String?, _ message: String) {
        problems.append(WorkspaceProblem(location: location, key: key, message: message))
    }

    var isEmpty: Bool { problems.isEmpty }
}
