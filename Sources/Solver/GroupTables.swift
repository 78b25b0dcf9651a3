/// The group constraints of a `Problem` as the arrays `Model` keeps: per group its
/// kind, weight and parameters, the slice of the shared counter array it owns
/// (`countBase[g]`, sized by its kind: one counter per day, per day and slot, per
/// room or per day and week), and per event the groups it belongs to.
struct GroupTables {
    private(set) var kind: [Model.GroupKind] = []
    private(set) var weight: [Int] = []
    private(set) var parameter: [Int] = []
    private(set) var daysPerWeek: [Int] = []
    private(set) var weekOffset: [Int] = []
    private(set) var dayMin: [Int] = []
    private(set) var daySpan: [Int] = []
    private(set) var weekMin: [Int] = []
    private(set) var countBase: [Int] = []
    private(set) var countSize = 0
    /// sameRoom groups: the sorted room resources the members can use, `roomBase[g]..<roomBase[g + 1]`.
    private(set) var roomBase = [0]
    private(set) var rooms: [Int] = []
    /// Groups of event `e`: `memberBase[e]..<memberBase[e + 1]`.
    private(set) var memberBase = [0]
    private(set) var memberGroup: [Int] = []

    /// - Parameter eventDayMin, eventDayMax: per event, the first and last day it can touch.
    init(
        _ problem: Problem,
        eventDayMin: [Int],
        eventDayMax: [Int],
        ranges: IndexRanges
    ) throws(ProblemError) {
        let eventCount = problem.events.count
        var groupsOfEvent = [[Int]](repeating: [], count: eventCount)
        for (g, group) in problem.groups.enumerated() {
            try ranges.checkPart(group.part, at: .group(g))
            if Set(group.events).count != group.events.count { throw .duplicateMember(group: g) }
            var first = Int.max
            var last = Int.min
            var roomSet = Set<Int>()
            for e in group.events {
                if e < 0 || e >= eventCount { throw .memberOutOfRange(group: g, event: e) }
                groupsOfEvent[e].append(g)
                first = min(first, eventDayMin[e])
                last = max(last, eventDayMax[e])
                for room in problem.events[e].roomOptions { roomSet.insert(room.resource) }
            }
            if first == Int.max { (first, last) = (0, 0) }
            let span = last - first + 1
            weight.append(group.weight)
            dayMin.append(first)
            daySpan.append(span)
            countBase.append(countSize)
            try appendKind(group.kind, g, firstDay: first, lastDay: last, rooms: roomSet.count, problem.slotsPerDay)
            rooms.append(contentsOf: roomSet.sorted())
            roomBase.append(rooms.count)
        }
        for groups in groupsOfEvent {
            memberGroup.append(contentsOf: groups)
            memberBase.append(memberGroup.count)
        }
    }

    /// The kind and its parameters, and the counters the kind needs.
    private mutating func appendKind(
        _ groupKind: GroupConstraint.Kind,
        _ g: Int,
        firstDay: Int,
        lastDay: Int,
        rooms: Int,
        _ slotsPerDay: Int
    ) throws(ProblemError) {
        let span = lastDay - firstDay + 1
        var compiled = Model.GroupKind.minDays
        var value = 0
        var perWeek = 7
        var offset = 0
        var firstWeek = 0
        switch groupKind {
        case .minimumDistinctDays(let minimum):
            compiled = .minDays
            value = minimum
            countSize += span
        case .isolatedIntervals:
            compiled = .isolated
            countSize += span * max(1, slotsPerDay)
        case .sameRoom:
            compiled = .sameRoom
            countSize += rooms
        case .maximumIntervalsPerDay(let maximum):
            compiled = .maxPerDay
            value = maximum
            countSize += span
        case .maximumDaysPerWeek(let maximum, let days, let dayOffset):
            if days <= 0 { throw .nonPositiveDaysPerWeek(group: g, daysPerWeek: days) }
            compiled = .maxDaysPerWeek
            value = maximum
            perWeek = days
            offset = dayOffset
            firstWeek = Model.floorDiv(firstDay + dayOffset, days)
            // One counter per day, then one per week.
            countSize += span + Model.floorDiv(lastDay + dayOffset, days) - firstWeek + 1
        }
        kind.append(compiled)
        parameter.append(value)
        daysPerWeek.append(perWeek)
        weekOffset.append(offset)
        weekMin.append(firstWeek)
    }
}
