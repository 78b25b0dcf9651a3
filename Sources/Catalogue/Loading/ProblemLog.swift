/// Collects the problems of one load, so that one run reports all of them.
///
/// A class because every reader of every file appends to the same list; it
/// lives only for the duration of `Workspace.load(from:)` on one thread and
/// is never shared, so it is deliberately not `Sendable`.
///
/// Bounded: it keeps the first `limit` problems and counts the rest (200,000 duplicate
/// enrolments once printed 37 MB), and cuts any value in a message to a readable length
/// (a 10 MB id was repeated whole in every message about it).
final class ProblemLog {
    /// The most problems kept and listed.
    static let limit = 200
    /// Words (runs without a space) longer than this are cut in messages: longer than any
    /// id (64), file path or link a workspace needs, far shorter than a pasted blob.
    static let longestWord = 240

    private(set) var problems: [WorkspaceProblem] = []
    /// Every problem reported, also those beyond `limit`.
    private(set) var count = 0

    func add(_ location: SourceLocation, key: String?, _ message: String) {
        count += 1
        guard problems.count < Self.limit else { return }
        problems.append(
            WorkspaceProblem(location: location, key: key.map(Self.readable), message: Self.readable(message))
        )
    }

    var isEmpty: Bool { count == 0 }

    /// What does not stop the load, kept apart from the problems (and bounded the same way).
    private(set) var warnings: [WorkspaceProblem] = []

    func warn(_ location: SourceLocation, key: String?, _ message: String) {
        guard warnings.count < Self.limit else { return }
        warnings.append(
            WorkspaceProblem(location: location, key: key.map(Self.readable), message: Self.readable(message))
        )
    }

    /// What the load failed with: the problems kept and how many there were.
    var error: WorkspaceLoadError { WorkspaceLoadError(problems: problems, total: count) }

    /// `text` with every run of more than `longestWord` characters without a space cut to
    /// its first 40, "…" and its length; the text itself when there is none (the usual case).
    /// Works on the UTF-8 bytes in place: a 10 MB value must cost milliseconds.
    static func readable(_ text: String) -> String {
        if text.utf8.count <= longestWord { return text }
        var text = text
        return text.withUTF8 { bytes -> String? in
            var result: [UInt8] = []
            var start = 0
            var changed = false
            while start < bytes.count {
                var end = start
                var characters = 0
                var cut = start
                while end < bytes.count && bytes[end] != UInt8(ascii: " ") {
                    if bytes[end] & 0xC0 != 0x80 {
                        characters += 1
                        if characters <= 40 { cut = end }
                    }
                    end += 1
                }
                if characters > longestWord {
                    // `cut` is the start of the 40th character: keep it whole.
                    cut += 1
                    while cut < end && bytes[cut] & 0xC0 == 0x80 { cut += 1 }
                    changed = true
                    result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<cut]))
                    result.append(contentsOf: "… (\(characters) characters)".utf8)
                } else {
                    result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
                }
                if end < bytes.count { result.append(UInt8(ascii: " ")) }
                start = end + 1
            }
            return changed ? String(decoding: result, as: UTF8.self) : nil
        } ?? text
    }
}
