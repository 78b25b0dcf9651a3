/// A problem the engine refuses, with the indices that are wrong.
///
/// The caller built the problem, so these are programming errors in a mapper (the
/// Planner, the ITC adapter) rather than user input: the message names the index
/// in the `Problem` so whoever wrote the mapper can find it.
public enum ProblemError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Where in the problem an index was found.
    public enum Location: Hashable, Sendable, CustomStringConvertible {
        case event(Int)
        case timeOption(event: Int, option: Int)
        case roomOption(event: Int, option: Int)
        case group(Int)

        public var description: String {
            switch self {
            case let .event(e): "event \(e)"
            case let .timeOption(e, t): "event \(e) time option \(t)"
            case let .roomOption(e, r): "event \(e) room option \(r)"
            case let .group(g): "group \(g)"
            }
        }
    }

    /// A soft cost or group names a part that is not in `Problem.partNames`.
    case partOutOfRange(part: Int, partCount: Int, at: Location)
    /// A fixed resource or room is not in `0..<Problem.resourceCount`.
    case resourceOutOfRange(resource: Int, resourceCount: Int, at: Location)
    /// An event with no time option could never be placed.
    case noTimeOption(event: Int)
    /// A time option with no interval occupies nothing.
    case noInterval(event: Int, option: Int)
    /// An interval whose `end` is not after its `start`.
    case emptyInterval(event: Int, option: Int, interval: Interval)
    /// An interval's start, end, day or slot does not fit in 32 bits (the engine keeps
    /// them so: minutes since 1970 fit until the year 6053).
    case intervalOutOfRange(event: Int, option: Int, interval: Interval)
    /// An interval's slot is not in `0..<Problem.slotsPerDay`.
    case slotOutOfRange(event: Int, option: Int, slot: Int, slotsPerDay: Int)
    /// An event's fixed resources name one resource twice.
    case duplicateResource(event: Int)
    /// A pinned value's time is not one of the event's time options.
    case pinnedTimeOutOfRange(event: Int, time: Int, timeOptionCount: Int)
    /// A pinned value names a room for an event without room options.
    case pinnedRoomNotNeeded(event: Int, room: Int)
    /// A pinned value of an event that needs a room has none, or one out of range.
    case pinnedRoomMissing(event: Int, room: Int?, roomOptionCount: Int)
    /// A precedence names an event out of range, or the same event twice.
    case invalidPrecedence(index: Int, before: Int, after: Int)
    /// A group lists a member event twice.
    case duplicateMember(group: Int)
    /// A group's member is not an event of the problem.
    case memberOutOfRange(group: Int, event: Int)
    /// A `maximumDaysPerWeek` group whose weeks have no days.
    case nonPositiveDaysPerWeek(group: Int, daysPerWeek: Int)

    public var description: String {
        switch self {
        case let .partOutOfRange(part, _, at):
            "\(at): part \(part) is not in partNames"
        case let .resourceOutOfRange(resource, _, at):
            "\(at): resource \(resource) out of range"
        case let .noTimeOption(e):
            "event \(e) has no time option"
        case let .noInterval(e, t):
            "event \(e) time option \(t) has no interval"
        case let .emptyInterval(e, t, _):
            "event \(e) time option \(t): interval ends before it starts"
        case let .intervalOutOfRange(e, t, interval):
            "event \(e) time option \(t): interval \(interval.start)..<\(interval.end) on day \(interval.day) does not fit in 32 bits"
        case let .slotOutOfRange(e, t, slot, slotsPerDay):
            "event \(e) time option \(t): slot \(slot) outside 0..<\(slotsPerDay)"
        case let .duplicateResource(e):
            "event \(e) lists a resource twice"
        case let .pinnedTimeOutOfRange(e, time, _):
            "event \(e): pinned time \(time) out of range"
        case let .pinnedRoomNotNeeded(e, _):
            "event \(e): pinned room but the event needs none"
        case let .pinnedRoomMissing(e, _, _):
            "event \(e): pinned value needs a room option"
        case let .invalidPrecedence(i, before, after):
            "precedence \(i): bad events \(before) -> \(after)"
        case let .duplicateMember(g):
            "group \(g) lists an event twice"
        case let .memberOutOfRange(g, e):
            "group \(g): event \(e) out of range"
        case let .nonPositiveDaysPerWeek(g, _):
            "group \(g): daysPerWeek must be positive"
        }
    }
}
