/// The events of a `Problem` flattened into the arrays `Model` keeps, one event at
/// a time and one named step per part of an event: its time options (intervals,
/// costs, patterns), its room options, its fixed resources and its pin.
///
/// Each step checks the indices it copies, in the order a reader of the event
/// meets them, so the first error thrown is the first wrong index of the first
/// wrong event.
struct EventTables {
    private let ranges: IndexRanges
    private let slotsPerDay: Int

    // Time options, numbered across all events: event `e` owns `timeBase[e]..<timeBase[e + 1]`.
    private(set) var timeBase = [0]
    /// Intervals of option `o`: `intervalBase[o]..<intervalBase[o + 1]`, sorted.
    private(set) var intervalBase = [0]
    private(set) var intervalStart: [Int32] = []
    private(set) var intervalEnd: [Int32] = []
    private(set) var intervalDay: [Int32] = []
    private(set) var intervalSlot: [Int32] = []
    private(set) var optionFirstStart: [Int] = []
    private(set) var optionLastEnd: [Int] = []
    private(set) var optionCost: [Int] = []
    private(set) var optionPattern: [Int] = []
    // Per event, (pattern, local option) pairs sorted by pattern.
    private(set) var patternBase = [0]
    private(set) var patternKey: [Int] = []
    private(set) var patternOption: [Int] = []

    // Room options: event `e` owns `roomBase[e]..<roomBase[e + 1]`.
    private(set) var roomBase = [0]
    private(set) var roomResource: [Int] = []
    private(set) var roomCost: [Int] = []

    // Fixed resources: event `e` owns `resourceBase[e]..<resourceBase[e + 1]`.
    private(set) var resourceBase = [0]
    private(set) var resourceList: [Int] = []

    private(set) var pinTime: [Int] = []
    private(set) var pinRoom: [Int] = []

    /// First and last day any time option of the event touches.
    private(set) var eventDayMin: [Int] = []
    private(set) var eventDayMax: [Int] = []
    /// First and last day any event that can use the resource touches (`Int.max` / `Int.min` for none).
    private(set) var resourceDayMin: [Int]
    private(set) var resourceDayMax: [Int]

    /// Pattern hash -> (pattern id, the first global option with that pattern).
    private var patterns: [UInt64: (id: Int, option: Int)] = [:]
    private var patternCount = 0

    /// Flattens every event of `problem`.
    init(_ problem: Problem, ranges: IndexRanges) throws(ProblemError) {
        self.ranges = ranges
        slotsPerDay = problem.slotsPerDay
        resourceDayMin = [Int](repeating: Int.max, count: problem.resourceCount)
        resourceDayMax = [Int](repeating: Int.min, count: problem.resourceCount)
        for (e, event) in problem.events.enumerated() {
            try appendTimeOptions(of: event, e)
            try appendRoomOptions(of: event, e)
            try appendFixedResources(of: event, e)
            widenResourceDays(of: event, e)
            try appendPin(of: event, e)
        }
    }

    // MARK: steps

    private mutating func appendTimeOptions(of event: Event, _ e: Int) throws(ProblemError) {
        if event.timeOptions.isEmpty { throw .noTimeOption(event: e) }
        var dayMin = Int.max
        var dayMax = Int.min
        var byPattern: [(pattern: Int, option: Int)] = []
        for (t, option) in event.timeOptions.enumerated() {
            if option.intervals.isEmpty { throw .noInterval(event: e, option: t) }
            let sorted = option.intervals.sorted { ($0.start, $0.end, $0.day) < ($1.start, $1.end, $1.day) }
            var firstStart = Int.max
            var lastEnd = Int.min
            for interval in sorted {
                if interval.end <= interval.start { throw .emptyInterval(event: e, option: t, interval: interval) }
                if interval.slot < 0 || interval.slot >= max(1, slotsPerDay) {
                    throw .slotOutOfRange(event: e, option: t, slot: interval.slot, slotsPerDay: slotsPerDay)
                }
                guard let start = Int32(exactly: interval.start), let end = Int32(exactly: interval.end),
                    let day = Int32(exactly: interval.day), let slot = Int32(exactly: interval.slot)
                else { throw .intervalOutOfRange(event: e, option: t, interval: interval) }
                intervalStart.append(start)
                intervalEnd.append(end)
                intervalDay.append(day)
                intervalSlot.append(slot)
                firstStart = min(firstStart, interval.start)
                lastEnd = max(lastEnd, interval.end)
                dayMin = min(dayMin, interval.day)
                dayMax = max(dayMax, interval.day)
            }
            intervalBase.append(intervalStart.count)
            optionFirstStart.append(firstStart)
            optionLastEnd.append(lastEnd)
            let cost = try ranges.totalCost(option.costs, at: .timeOption(event: e, option: t))
            optionCost.append(cost)
            let pattern = patternID(of: sorted, option: optionFirstStart.count - 1)
            optionPattern.append(pattern)
            byPattern.append((pattern, t))
        }
        byPattern.sort { $0 < $1 }
        for (pattern, t) in byPattern {
            patternKey.append(pattern)
            patternOption.append(t)
        }
        patternBase.append(patternKey.count)
        timeBase.append(optionFirstStart.count)
        eventDayMin.append(dayMin)
        eventDayMax.append(dayMax)
    }

    private mutating func appendRoomOptions(of event: Event, _ e: Int) throws(ProblemError) {
        for (r, room) in event.roomOptions.enumerated() {
            try ranges.checkResource(room.resource, at: .roomOption(event: e, option: r))
            let cost = try ranges.totalCost(room.costs, at: .roomOption(event: e, option: r))
            roomResource.append(room.resource)
            roomCost.append(cost)
        }
        roomBase.append(roomResource.count)
    }

    private mutating func appendFixedResources(of event: Event, _ e: Int) throws(ProblemError) {
        for resource in event.resources { try ranges.checkResource(resource, at: .event(e)) }
        if Set(event.resources).count != event.resources.count { throw .duplicateResource(event: e) }
        resourceList.append(contentsOf: event.resources)
        resourceBase.append(resourceList.count)
    }

    /// Every resource the event may occupy gets the event's days, so its buckets cover them.
    private mutating func widenResourceDays(of event: Event, _ e: Int) {
        for resource in event.resources + event.roomOptions.map(\.resource) {
            resourceDayMin[resource] = min(resourceDayMin[resource], eventDayMin[e])
            resourceDayMax[resource] = max(resourceDayMax[resource], eventDayMax[e])
        }
    }

    private mutating func appendPin(of event: Event, _ e: Int) throws(ProblemError) {
        guard let pin = event.pinned else {
            pinTime.append(Model.noOption)
            pinRoom.append(Model.noOption)
            return
        }
        if pin.time < 0 || pin.time >= event.timeOptions.count {
            throw .pinnedTimeOutOfRange(event: e, time: pin.time, timeOptionCount: event.timeOptions.count)
        }
        if event.roomOptions.isEmpty {
            if let room = pin.room { throw .pinnedRoomNotNeeded(event: e, room: room) }
        } else {
            guard let room = pin.room, room >= 0, room < event.roomOptions.count else {
                throw .pinnedRoomMissing(event: e, room: pin.room, roomOptionCount: event.roomOptions.count)
            }
        }
        pinTime.append(pin.time)
        pinRoom.append(pin.room ?? Model.noOption)
    }

    // MARK: patterns

    /// The pattern id of global option `option`, whose intervals (already appended) are `sorted`:
    /// equal ids for identical interval lists, so two events can trade times.
    ///
    /// Hashes the sorted intervals and confirms against the first option with that hash
    /// (probing on the rare collision); cheaper than `[Interval]` keys.
    private mutating func patternID(of sorted: [Interval], option: Int) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for interval in sorted {
            hash = (hash ^ UInt64(bitPattern: Int64(interval.start))) &* 0x100_0000_01b3
            hash = (hash ^ UInt64(bitPattern: Int64(interval.end))) &* 0x100_0000_01b3
            hash = (hash ^ UInt64(bitPattern: Int64(interval.day))) &* 0x100_0000_01b3
            hash = (hash ^ UInt64(bitPattern: Int64(interval.slot))) &* 0x100_0000_01b3
        }
        while let (known, representative) = patterns[hash] {
            if sameIntervals(representative, option) { return known }
            hash &+= 1
        }
        let id = patternCount
        patternCount += 1
        patterns[hash] = (id, option)
        return id
    }

    private func sameIntervals(_ a: Int, _ b: Int) -> Bool {
        let aStart = intervalBase[a]
        let count = intervalBase[a + 1] - aStart
        let bStart = intervalBase[b]
        guard intervalBase[b + 1] - bStart == count else { return false }
        return (0..<count).allSatisfy {
            intervalStart[aStart + $0] == intervalStart[bStart + $0]
                && intervalEnd[aStart + $0] == intervalEnd[bStart + $0]
                && intervalDay[aStart + $0] == intervalDay[bStart + $0]
                && intervalSlot[aStart + $0] == intervalSlot[bStart + $0]
        }
    }
}
