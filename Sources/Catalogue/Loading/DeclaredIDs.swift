/// Ids declared in a file, whether or not the rest of their entry was valid.
///
/// References are checked against these, not against the entries that
/// loaded cleanly: a course with a bad `length` still exists, and an
/// enrolment for it must not be reported as "unknown course" too (one
/// mistake, one message).
struct DeclaredIDs<Owner> {
    private(set) var firstLocation: [Identifier<Owner>: SourceLocation] = [:]

    /// Records `id`; reports it if it was declared before.
    mutating func declare(
        _ id: Identifier<Owner>,
        at location: SourceLocation,
        key: String,
        kind: String,
        log: ProblemLog
    ) {
        if let first = firstLocation[id] {
            log.add(location, key: key, "duplicate \(kind) id '\(id)' (first declared at \(first))")
        } else {
            firstLocation[id] = location
        }
    }

    func contains(_ id: Identifier<Owner>) -> Bool { firstLocation[id] != nil }

    /// Sorted, for "did you mean" suggestions and "expected one of".
    var all: [String] { firstLocation.keys.map(\.rawValue).sorted() }

    /// `'x' is not a known term; did you mean 'y'?` for an unknown id, or nil.
    /// Suggestions are left out where ids are arbitrary numbers (`p0017`): a
    /// near miss there is another person, not a typo.
    func unknown(_ id: Identifier<Owner>, kind: String, declaredIn file: String, suggest: Bool = true) -> String? {
        guard !contains(id) else { return nil }
        let hint = suggest ? Suggestion.hint(for: id.rawValue, among: all) : ""
        return "no \(kind) '\(id)' in \(file)\(hint)"
    }
}
