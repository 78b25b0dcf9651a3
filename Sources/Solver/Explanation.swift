/// Why an event cannot take some of its values, against a given assignment of
/// the others: per time option the hard reasons, and totals per reason so a
/// caller can say "resource 9 busy on 12 of 40 times".
public struct Explanation: Hashable, Sendable {
    /// One hard reason that rules a time option (or a room at that time) out.
    public enum Reason: Hashable, Sendable, Comparable {
        /// A fixed resource of the event is used by `event` at an overlapping time.
        case resourceBusy(resource: Int, event: Int)
        /// Room option `room` (its resource `resource`) is used by `event`.
        case roomBusy(room: Int, resource: Int, event: Int)
        /// Placing here breaks a precedence with `event`.
        case precedence(event: Int)
    }

    /// What is wrong with one time option.
    public struct Option: Hashable, Sendable {
        public var time: Int
        /// Reasons from fixed resources and precedence (any one rules the time out).
        public var reasons: [Reason]
        /// Room options still free at this time (empty when the event needs no room).
        public var freeRooms: [Int]
        /// Rooms ruled out, with who holds them.
        public var roomReasons: [Reason]
        /// True when the time has no reason against it and a room (if needed) is free.
        public var isFeasible: Bool
    }

    /// A blocker summarised over all time options.
    public enum Blocker: Hashable, Sendable, Comparable {
        case resource(Int)
        case precedence(event: Int)
        /// Every room option was taken at that time.
        case noFreeRoom
    }

    /// How many time options a blocker rules out (an option can count for several).
    public struct Count: Hashable, Sendable {
        public var blocker: Blocker
        public var timeOptions: Int
    }

    public var event: Int
    public var options: [Option]
    /// Most frequent blockers first.
    public var counts: [Count]
    public var feasibleTimeOptions: Int
}
