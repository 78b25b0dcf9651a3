/// Travel limits (`plan.yaml` `travel`).
public struct Travel: Hashable, Sendable {
    /// In-person circles: the greatest great-circle distance in km from a
    /// participant's association to the venue; nil means no limit.
    public let maxKilometres: Double?

    public init(maxKilometres: Double?) { self.maxKilometres = maxKilometres }
}
