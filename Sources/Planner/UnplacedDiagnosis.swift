/// What keeps one circle from being placed: its kind and the facts, as sentences.
struct UnplacedDiagnosis: Sendable, Equatable {
    let kind: UnplacedKind
    let reasons: [String]
    /// For a crowded-out circle: the placed circles (indices) that hold what it needs,
    /// most in the way first. Repair regroups around them.
    var blockers: [Int] = []
}
