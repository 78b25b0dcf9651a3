/// The quality of an assignment, compared lexicographically: hard violations,
/// then unassigned events, then the soft total.
public struct Score: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Pairs of overlapping intervals of two events sharing a resource (counted per resource).
    public var overlaps: Int
    /// Violated precedences (both events assigned).
    public var precedenceViolations: Int
    /// Events without a value.
    public var unassigned: Int
    /// Sum of all soft costs.
    public var soft: Int
    /// Soft cost per part, indexed like `Problem.partNames`; sums to `soft`.
    public var parts: [Int]

    public init(overlaps: Int, precedenceViolations: Int, unassigned: Int, soft: Int, parts: [Int]) {
        self.overlaps = overlaps
        self.precedenceViolations = precedenceViolations
        self.unassigned = unassigned
        self.soft = soft
        self.parts = parts
    }

    /// All hard violations.
    public var hard: Int { overlaps + precedenceViolations }

    public static func < (a: Score, b: Score) -> Bool {
        (a.hard, a.unassigned, a.soft) < (b.hard, b.unassigned, b.soft)
    }

    public var description: String {
        "hard \(hard) (overlaps \(overlaps), precedence \(precedenceViolations)), unassigned \(unassigned), soft \(soft) \(parts)"
    }
}
