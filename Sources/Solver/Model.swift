/// The problem compiled into flat integer arrays for the hot loops.
///
/// Time options of all events are numbered globally (`GlobalOption`, made by
/// `option(e, t)`), their intervals stored contiguously (`intervals(o)`). Each resource owns
/// one occupancy bucket per day in the span of days it can be used
/// (`bucketBase[r] + day - resourceDayMin[r]`), so memory follows what events can
/// touch, not the calendar. Immutable after `init`, hence `Sendable`.
final class Model: Sendable {
    enum GroupKind: UInt8 { case minDays, isolated, sameRoom, maxPerDay, maxDaysPerWeek }

    /// No time or room option: the entry of an unassigned event in `State.time` and
    /// `State.room`, of a roomless one in `State.room`, of an unpinned one in `pinTime`
    /// and `pinRoom`. A sentinel rather than `Int?` so those stay plain `[Int]` that
    /// the hot loops read without unwrapping; functions that may find no option
    /// return `Int?` instead.
    static let noOption = -1
    /// No room resource: what a roomless event's room is, where a resource is expected.
    static let noResource = -1

    let eventCount: Int
    let resourceCount: Int
    let slotsPerDay: Int
    let partCount: Int

    // Events and their time options.
    let timeBase: [Int]
    let ivBase: [Int]
    // Interval fields as Int32: 1.8 million intervals at national scale, half the
    // memory of Int (`EventTables` rejects a value that does not fit). Read them
    // through `intervalStart(_:)` and its siblings, which give Int.
    private let ivStart: [Int32]
    private let ivEnd: [Int32]
    private let ivDay: [Int32]
    private let ivSlot: [Int32]
    let optFirstStart: [Int]
    let optLastEnd: [Int]
    let optCost: [Int]
    /// Equal ids = identical interval lists (so two events can trade times).
    let optPattern: [Int]
    /// Per event, (pattern, option) pairs sorted by pattern, for lookups by pattern.
    let patternBase: [Int]
    let patternKey: [Int]
    let patternOption: [Int]

    // Rooms, numbered across all events like the time options; read them through
    // `roomResource(of:_:)` and `roomCost(of:_:)`, which take the event's own index.
    let roomBase: [Int]
    let roomOptionResource: [Int]
    let roomOptionCost: [Int]

    // Fixed resources.
    let resBase: [Int]
    let resList: [Int]

    // Membership and precedence.
    let memberBase: [Int]
    let memberGroup: [Int]
    let precBase: [Int]
    let precOther: [Int]
    /// True when the event is the `before` side of the precedence.
    let precIsBefore: [Bool]

    let pinTime: [Int]
    let pinRoom: [Int]

    // Occupancy buckets.
    let resourceDayMin: [Int]
    let bucketBase: [Int]
    let bucketCount: Int

    // Groups.
    let groupKind: [GroupKind]
    let groupWeight: [Int]
    let groupParam: [Int]
    let groupDaysPerWeek: [Int]
    let groupWeekOffset: [Int]
    let groupDayMin: [Int]
    let groupDaySpan: [Int]
    let groupWeekMin: [Int]
    let groupCountBase: [Int]
    let groupCountSize: Int
    /// sameRoom groups: sorted room resources the members can use.
    let groupRoomBase: [Int]
    let groupRooms: [Int]
    let groupEvents: [[Int]]

    #if SOLVER_INTERNAL_CHECKS
    /// The problem as given, for `State.invariantViolations()` to score from scratch.
    let problem: Problem
    #endif

    /// Checks every index of `problem` and compiles it, in named steps: the events
    /// (time options, rooms, fixed resources, pins), the occupancy buckets their days
    /// need, the precedences, the groups. Throws on the first bad index.
    init(_ problem: Problem) throws(ProblemError) {
        let ranges = IndexRanges(problem)
        let events = try EventTables(problem, ranges: ranges)
        let buckets = OccupancyBuckets(dayMin: events.resourceDayMin, dayMax: events.resourceDayMax)
        let precedences = try PrecedenceTables(problem.precedences, eventCount: problem.events.count)
        let groups = try GroupTables(
            problem,
            eventDayMin: events.eventDayMin,
            eventDayMax: events.eventDayMax,
            ranges: ranges
        )

        eventCount = problem.events.count
        resourceCount = problem.resourceCount
        slotsPerDay = max(1, problem.slotsPerDay)
        partCount = problem.partNames.count

        timeBase = events.timeBase
        ivBase = events.intervalBase
        ivStart = events.intervalStart
        ivEnd = events.intervalEnd
        ivDay = events.intervalDay
        ivSlot = events.intervalSlot
        optFirstStart = events.optionFirstStart
        optLastEnd = events.optionLastEnd
        optCost = events.optionCost
        optPattern = events.optionPattern
        patternBase = events.patternBase
        patternKey = events.patternKey
        patternOption = events.patternOption
        roomBase = events.roomBase
        roomOptionResource = events.roomResource
        roomOptionCost = events.roomCost
        resBase = events.resourceBase
        resList = events.resourceList
        pinTime = events.pinTime
        pinRoom = events.pinRoom

        bucketBase = buckets.base
        resourceDayMin = buckets.firstDay
        bucketCount = buckets.count

        precBase = precedences.base
        precOther = precedences.other
        precIsBefore = precedences.isBefore

        memberBase = groups.memberBase
        memberGroup = groups.memberGroup
        groupKind = groups.kind
        groupWeight = groups.weight
        groupParam = groups.parameter
        groupDaysPerWeek = groups.daysPerWeek
        groupWeekOffset = groups.weekOffset
        groupDayMin = groups.dayMin
        groupDaySpan = groups.daySpan
        groupWeekMin = groups.weekMin
        groupCountBase = groups.countBase
        groupCountSize = groups.countSize
        groupRoomBase = groups.roomBase
        groupRooms = groups.rooms
        groupEvents = problem.groups.map(\.events)
        #if SOLVER_INTERNAL_CHECKS
        self.problem = problem
        #endif
    }

    @inline(__always)
    static func floorDiv(_ a: Int, _ b: Int) -> Int {
        a >= 0 ? a / b : -((-a + b - 1) / b)
    }

    @inline(__always)
    func bucket(_ resource: Int, _ day: Int) -> Int {
        bucketBase[resource] + day - resourceDayMin[resource]
    }

    // MARK: option indices

    /// The global index of event `e`'s time option `t`.
    @inline(__always)
    func option(_ e: Int, _ t: Int) -> GlobalOption {
        GlobalOption(offset: timeBase[e] + t)
    }

    /// Event `e`'s own index of global option `o` (one of `e`'s).
    @inline(__always)
    func localOption(_ o: GlobalOption, of e: Int) -> Int {
        o.offset - timeBase[e]
    }

    /// The intervals of global option `o`, as indices for `intervalStart(_:)`,
    /// `intervalEnd(_:)`, `intervalDay(_:)` and `intervalSlot(_:)`.
    @inline(__always)
    func intervals(_ o: GlobalOption) -> Range<Int> {
        ivBase[o.offset]..<ivBase[o.offset + 1]
    }

    @inline(__always)
    func intervalStart(_ k: Int) -> Int { Int(ivStart[k]) }

    @inline(__always)
    func intervalEnd(_ k: Int) -> Int { Int(ivEnd[k]) }

    @inline(__always)
    func intervalDay(_ k: Int) -> Int { Int(ivDay[k]) }

    @inline(__always)
    func intervalSlot(_ k: Int) -> Int { Int(ivSlot[k]) }

    /// True when option `before` does not end before option `after` starts: a
    /// precedence between two events at these options is broken.
    @inline(__always)
    func breaksPrecedence(before: GlobalOption, after: GlobalOption) -> Bool {
        optLastEnd[before.offset] > optFirstStart[after.offset]
    }

    /// The resource of event `e`'s room option `r`.
    @inline(__always)
    func roomResource(of e: Int, _ r: Int) -> Int {
        roomOptionResource[roomBase[e] + r]
    }

    /// The resource of event `e`'s room option `r`, or `noResource` when `r` is `noOption`.
    @inline(__always)
    func roomResourceOrNone(of e: Int, _ r: Int) -> Int {
        r != Model.noOption ? roomResource(of: e, r) : Model.noResource
    }

    /// The cost of event `e`'s room option `r`.
    @inline(__always)
    func roomCost(of e: Int, _ r: Int) -> Int {
        roomOptionCost[roomBase[e] + r]
    }

    /// Event `e`'s first room option that uses room resource `res`, if it has one.
    func roomOption(of e: Int, withResource res: Int) -> Int? {
        (0..<roomCount(e)).first { roomResource(of: e, $0) == res }
    }

    /// Time option of event `e` with the given pattern, if it has one.
    func timeOption(of e: Int, withPattern pattern: Int) -> Int? {
        var lo = patternBase[e]
        var hi = patternBase[e + 1]
        while lo < hi {
            let mid = (lo + hi) >> 1
            if patternKey[mid] < pattern { lo = mid + 1 } else { hi = mid }
        }
        return lo < patternBase[e + 1] && patternKey[lo] == pattern ? patternOption[lo] : nil
    }

    func timeCount(_ e: Int) -> Int { timeBase[e + 1] - timeBase[e] }
    func roomCount(_ e: Int) -> Int { roomBase[e + 1] - roomBase[e] }
    func isPinned(_ e: Int) -> Bool { pinTime[e] != Self.noOption }
}
