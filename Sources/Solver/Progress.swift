/// What the search reports while it runs (callback from `Solver.solve`).
public struct Progress: Hashable, Sendable {
    public enum Phase: String, Hashable, Sendable {
        case construction, localSearch, done
    }

    public var phase: Phase
    /// Best score so far, without parts (parts are computed only at the end).
    public var hard: Int
    public var unassigned: Int
    public var soft: Int
    public var assigned: Int
    public var moves: Int
    public var elapsed: Double
}
