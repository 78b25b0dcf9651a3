/// A weighted soft cost attributed to one named score part (`Problem.partNames`).
public struct SoftCost: Hashable, Sendable {
    /// Index into `Problem.partNames`.
    public var part: Int
    /// Cost added to the soft total when the option is chosen (already weighted).
    public var amount: Int

    public init(part: Int, amount: Int) {
        self.part = part
        self.amount = amount
    }
}
