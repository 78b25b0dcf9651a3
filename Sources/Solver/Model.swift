/// The problem compiled into flat integer arrays for the hot loops.
///
/// Time options of all events are numbered globally (`timeBase[e] + t`), their
/// intervals stored contiguously (`ivBase[o]..<ivBase[o+1]`). Each resource owns
/// one occupancy bucket per day in the span of days it can be used
/// (`bucketBase[r] + day - resourceDayMin[r]`), so memory follows what events can
/// touch, not the calendar. Immutable after `init`, hence `Sendable`.
final class Model: Sendable {
    enum GroupKind: UInt8 { case minDays, isolated, sameRoom, maxPerDay, maxDaysPerWeek }

    let eventCount: Int
    let resourceCount: Int
    let slotsPerDay: Int
    let partCount: Int

    // Events and their time options.
    let timeBase: [Int]
    let ivBase: [Int]
    let ivStart: [Int]
    let ivEnd: [Int]
    let ivDay: [Int]
    let ivSlot: [Int]
    let optFirstStart: [Int]
    let optLastEnd: [Int]
    let optCost: [Int]
    /// Equal ids = identical interval lists (so two events can trade times).
    let optPattern: [Int]
    /// Per event, (pattern, option) pairs sorted by pattern, for lookups by pattern.
    let patternBase: [Int]
    let patternKey: [Int]
    let patternOption: [Int]

    // Rooms.
    let roomBase: [Int]
    let roomResource: [Int]
    let roomCost: [Int]

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

    /// Checks every index of `problem` and compiles it, in named steps: the events
    /// (time options, rooms, fixed resources, pins), the occupancy buckets their days
    /// need, the precedences, the groups. Throws on the first bad index.
    init(_ problem: Problem) throws(ProblemError) {
        let ranges = IndexRanges(problem)
        let events = try EventTables(problem, ranges: ranges)
        let buckets = OccupancyBuckets(dayMin: events.resourceDayMin, dayMax: events.resourceDayMax)
        let precedences = try PrecedenceTables(problem.precedences, eventCount: problem.events.count)
        let groups = try GroupTables(
            problem, eventDayMin: events.eventDayMin, eventDayMax: events.eventDayMax, ranges: ranges)

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
        roomResource = events.roomResource
        roomCost = events.roomCost
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
    }

    @inline(__always)
    static func floorDiv(_ a: Int, _ b: Int) -> Int {
        a >= 0 ? a / b : -((-a + b - 1) / b)
    }

    @inline(__always)
    func bucket(_ resource: Int, _ day: Int) -> Int {
        bucketBase[resource] + day - resourceDayMin[resource]
    }

    /// Time option of event `e` with the given pattern, or -1.
    func option(of e: Int, pattern: Int) -> Int {
        var lo = patternBase[e], hi = patternBase[e + 1]
        while lo < hi {
            let mid = (lo + hi) >> 1
            if patternKey[mid] < pattern { lo = mid + 1 } else { hi = mid }
        }
        return lo < patternBase[e + 1] && patternKey[lo] == pattern ? patternOption[lo] : -1
    }

    func timeCount(_ e: Int) -> Int { timeBase[e + 1] - timeBase[e] }
    func roomCount(_ e: Int) -> Int { roomBase[e + 1] - roomBase[e] }
    func isPinned(_ e: Int) -> Bool { pinTime[e] >= 0 }
}
