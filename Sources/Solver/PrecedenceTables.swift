/// The precedences of a `Problem` as lists per event: event `e` takes part in
/// `base[e]..<base[e + 1]`, with the other event and which side `e` is on.
struct PrecedenceTables {
    private(set) var base = [0]
    private(set) var other: [Int] = []
    /// True when the event is the `before` side of the precedence.
    private(set) var isBefore: [Bool] = []

    init(_ precedences: [Precedence], eventCount: Int) throws(ProblemError) {
        var lists = [[(other: Int, isBefore: Bool)]](repeating: [], count: eventCount)
        for (i, precedence) in precedences.enumerated() {
            let (before, after) = (precedence.before, precedence.after)
            if before < 0 || before >= eventCount || after < 0 || after >= eventCount || before == after {
                throw .invalidPrecedence(index: i, before: before, after: after)
            }
            lists[before].append((after, true))
            lists[after].append((before, false))
        }
        for list in lists {
            for entry in list {
                other.append(entry.other)
                isBefore.append(entry.isBefore)
            }
            base.append(other.count)
        }
    }
}
