/// What planning reports while the search runs, for a progress line.
public struct PlanProgress: Sendable {
    public let hard: Int
    public let unplacedCircles: Int
    public let soft: Int
    public let placedCircles: Int
    public let elapsed: Double
}
