/// One room an event may use. The room is a resource like any other: while the
/// event runs no other event may use it.
public struct RoomOption: Hashable, Sendable {
    /// Resource index of the room, `0..<Problem.resourceCount`.
    public var resource: Int
    /// Unary soft costs of using this room (ITC RoomCapacity, distance...).
    public var costs: [SoftCost]

    public init(resource: Int, costs: [SoftCost] = []) {
        self.resource = resource
        self.costs = costs
    }
}
