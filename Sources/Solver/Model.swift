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

    init(_ p: Problem) throws(ProblemError) {
        let n = p.events.count
        eventCount = n
        resourceCount = p.resourceCount
        slotsPerDay = max(1, p.slotsPerDay)
        partCount = p.partNames.count
        func part(_ i: Int, _ what: ProblemError.Location) throws(ProblemError) {
            if i < 0 || i >= p.partNames.count { throw .partOutOfRange(part: i, partCount: p.partNames.count, at: what) }
        }
        func resource(_ r: Int, _ what: ProblemError.Location) throws(ProblemError) {
            if r < 0 || r >= p.resourceCount { throw .resourceOutOfRange(resource: r, resourceCount: p.resourceCount, at: what) }
        }

        var timeBase = [0], ivBase = [0], ivStart: [Int] = [], ivEnd: [Int] = [], ivDay: [Int] = [], ivSlot: [Int] = []
        var optFirst: [Int] = [], optLast: [Int] = [], optCost: [Int] = [], optPattern: [Int] = []
        var patterns: [UInt64: (id: Int, option: Int)] = [:]
        var patternCount = 0
        var patternBase = [0], patternKey: [Int] = [], patternOption: [Int] = []
        var roomBase = [0], roomResource: [Int] = [], roomCost: [Int] = []
        var resBase = [0], resList: [Int] = []
        var pinTime: [Int] = [], pinRoom: [Int] = []
        var dayMin = [Int](repeating: Int.max, count: p.resourceCount)
        var dayMax = [Int](repeating: Int.min, count: p.resourceCount)
        var eventDayMin = [Int](repeating: Int.max, count: n)
        var eventDayMax = [Int](repeating: Int.min, count: n)

        for (e, ev) in p.events.enumerated() {
            if ev.timeOptions.isEmpty { throw .noTimeOption(event: e) }
            var pairs: [(Int, Int)] = []
            for (t, opt) in ev.timeOptions.enumerated() {
                if opt.intervals.isEmpty { throw .noInterval(event: e, option: t) }
                let sorted = opt.intervals.sorted { ($0.start, $0.end, $0.day) < ($1.start, $1.end, $1.day) }
                var first = Int.max, last = Int.min
                for iv in sorted {
                    if iv.end <= iv.start { throw .emptyInterval(event: e, option: t, interval: iv) }
                    if iv.slot < 0 || iv.slot >= max(1, p.slotsPerDay) {
                        throw .slotOutOfRange(event: e, option: t, slot: iv.slot, slotsPerDay: p.slotsPerDay)
                    }
                    ivStart.append(iv.start); ivEnd.append(iv.end); ivDay.append(iv.day); ivSlot.append(iv.slot)
                    first = min(first, iv.start); last = max(last, iv.end)
                    eventDayMin[e] = min(eventDayMin[e], iv.day); eventDayMax[e] = max(eventDayMax[e], iv.day)
                }
                ivBase.append(ivStart.count)
                optFirst.append(first); optLast.append(last)
                var cost = 0
                for c in opt.costs { try part(c.part, .timeOption(event: e, option: t)); cost += c.amount }
                optCost.append(cost)
                // Pattern id: hash the sorted intervals, confirm against the first option
                // with that hash (probing on the rare collision); cheaper than [Interval] keys.
                var h: UInt64 = 0xcbf2_9ce4_8422_2325
                for iv in sorted {
                    h = (h ^ UInt64(bitPattern: Int64(iv.start))) &* 0x100_0000_01b3
                    h = (h ^ UInt64(bitPattern: Int64(iv.end))) &* 0x100_0000_01b3
                    h = (h ^ UInt64(bitPattern: Int64(iv.day))) &* 0x100_0000_01b3
                    h = (h ^ UInt64(bitPattern: Int64(iv.slot))) &* 0x100_0000_01b3
                }
                let me = optFirst.count - 1
                var id = -1
                while let (known, representative) = patterns[h] {
                    let a = ivBase[representative], b = ivBase[representative + 1], c = ivBase[me]
                    if b - a == sorted.count && (0..<(b - a)).allSatisfy({
                        ivStart[a + $0] == ivStart[c + $0] && ivEnd[a + $0] == ivEnd[c + $0]
                            && ivDay[a + $0] == ivDay[c + $0] && ivSlot[a + $0] == ivSlot[c + $0]
                    }) {
                        id = known
                        break
                    }
                    h &+= 1
                }
                if id < 0 { id = patternCount; patternCount += 1; patterns[h] = (id, me) }
                optPattern.append(id)
                pairs.append((id, t))
            }
            pairs.sort { $0 < $1 }
            for (k, t) in pairs { patternKey.append(k); patternOption.append(t) }
            patternBase.append(patternKey.count)
            timeBase.append(optFirst.count)
            for (r, room) in ev.roomOptions.enumerated() {
                try resource(room.resource, .roomOption(event: e, option: r))
                var cost = 0
                for c in room.costs { try part(c.part, .roomOption(event: e, option: r)); cost += c.amount }
                roomResource.append(room.resource); roomCost.append(cost)
            }
            roomBase.append(roomResource.count)
            for r in ev.resources { try resource(r, .event(e)) }
            if Set(ev.resources).count != ev.resources.count { throw .duplicateResource(event: e) }
            resList.append(contentsOf: ev.resources)
            resBase.append(resList.count)
            for r in ev.resources + ev.roomOptions.map(\.resource) {
                dayMin[r] = min(dayMin[r], eventDayMin[e]); dayMax[r] = max(dayMax[r], eventDayMax[e])
            }
            if let pin = ev.pinned {
                if pin.time < 0 || pin.time >= ev.timeOptions.count { throw .pinnedTimeOutOfRange(event: e, time: pin.time, timeOptionCount: ev.timeOptions.count) }
                if ev.roomOptions.isEmpty {
                    if let room = pin.room { throw .pinnedRoomNotNeeded(event: e, room: room) }
                } else {
                    guard let r = pin.room, r >= 0, r < ev.roomOptions.count else {
                        throw .pinnedRoomMissing(event: e, room: pin.room, roomOptionCount: ev.roomOptions.count)
                    }
                }
                pinTime.append(pin.time); pinRoom.append(pin.room ?? -1)
            } else {
                pinTime.append(-1); pinRoom.append(-1)
            }
        }
        self.timeBase = timeBase; self.ivBase = ivBase; self.ivStart = ivStart; self.ivEnd = ivEnd
        self.ivDay = ivDay; self.ivSlot = ivSlot; self.optFirstStart = optFirst; self.optLastEnd = optLast
        self.optCost = optCost; self.optPattern = optPattern
        self.patternBase = patternBase; self.patternKey = patternKey; self.patternOption = patternOption
        self.roomBase = roomBase; self.roomResource = roomResource; self.roomCost = roomCost
        self.resBase = resBase; self.resList = resList; self.pinTime = pinTime; self.pinRoom = pinRoom

        var bucketBase = [Int](), total = 0
        var resourceDayMin = [Int]()
        for r in 0..<p.resourceCount {
            bucketBase.append(total)
            if dayMin[r] == Int.max { resourceDayMin.append(0) } else {
                resourceDayMin.append(dayMin[r]); total += dayMax[r] - dayMin[r] + 1
            }
        }
        self.bucketBase = bucketBase; self.resourceDayMin = resourceDayMin; bucketCount = total

        // Precedence lists per event.
        var precLists = [[(Int, Bool)]](repeating: [], count: n)
        for (i, pr) in p.precedences.enumerated() {
            if pr.before < 0 || pr.before >= n || pr.after < 0 || pr.after >= n || pr.before == pr.after {
                throw .invalidPrecedence(index: i, before: pr.before, after: pr.after)
            }
            precLists[pr.before].append((pr.after, true)); precLists[pr.after].append((pr.before, false))
        }
        var precBase = [0], precOther: [Int] = [], precIsBefore: [Bool] = []
        for l in precLists {
            for (o, b) in l { precOther.append(o); precIsBefore.append(b) }
            precBase.append(precOther.count)
        }
        self.precBase = precBase; self.precOther = precOther; self.precIsBefore = precIsBefore

        // Groups.
        var members = [[Int]](repeating: [], count: n)
        var kind: [GroupKind] = [], weight: [Int] = [], param: [Int] = [], dpw: [Int] = [], woff: [Int] = []
        var gDayMin: [Int] = [], gSpan: [Int] = [], gWeekMin: [Int] = [], gBase: [Int] = []
        var gRoomBase = [0], gRooms: [Int] = []
        var size = 0
        for (g, gc) in p.groups.enumerated() {
            try part(gc.part, .group(g))
            if Set(gc.events).count != gc.events.count { throw .duplicateMember(group: g) }
            var lo = Int.max, hi = Int.min
            var rooms = Set<Int>()
            for e in gc.events {
                if e < 0 || e >= n { throw .memberOutOfRange(group: g, event: e) }
                members[e].append(g)
                lo = min(lo, eventDayMin[e]); hi = max(hi, eventDayMax[e])
                for r in p.events[e].roomOptions { rooms.insert(r.resource) }
            }
            if lo == Int.max { lo = 0; hi = 0 }
            let span = hi - lo + 1
            weight.append(gc.weight)
            gDayMin.append(lo); gSpan.append(span); gBase.append(size)
            var k = GroupKind.minDays, prm = 0, perWeek = 7, offset = 0, weekMin = 0
            switch gc.kind {
            case .minimumDistinctDays(let m): k = .minDays; prm = m; size += span
            case .isolatedIntervals: k = .isolated; size += span * max(1, p.slotsPerDay)
            case .sameRoom: k = .sameRoom; size += rooms.count
            case .maximumIntervalsPerDay(let m): k = .maxPerDay; prm = m; size += span
            case .maximumDaysPerWeek(let m, let d, let o):
                if d <= 0 { throw .nonPositiveDaysPerWeek(group: g, daysPerWeek: d) }
                k = .maxDaysPerWeek; prm = m; perWeek = d; offset = o
                weekMin = Self.floorDiv(lo + o, d)
                size += span + Self.floorDiv(hi + o, d) - weekMin + 1
            }
            kind.append(k); param.append(prm); dpw.append(perWeek); woff.append(offset); gWeekMin.append(weekMin)
            gRooms.append(contentsOf: rooms.sorted()); gRoomBase.append(gRooms.count)
        }
        var memberBase = [0], memberGroup: [Int] = []
        for l in members { memberGroup.append(contentsOf: l); memberBase.append(memberGroup.count) }
        self.memberBase = memberBase; self.memberGroup = memberGroup
        groupKind = kind; groupWeight = weight; groupParam = param; groupDaysPerWeek = dpw; groupWeekOffset = woff
        groupDayMin = gDayMin; groupDaySpan = gSpan; groupWeekMin = gWeekMin; groupCountBase = gBase
        groupCountSize = size; groupRoomBase = gRoomBase; groupRooms = gRooms
        groupEvents = p.groups.map(\.events)
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
