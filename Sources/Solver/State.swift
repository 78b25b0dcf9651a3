/// The current assignment with everything needed to score a change incrementally:
/// occupancy lists per (resource, day), per-group counters, and the running totals.
///
/// A value type so the hot loops touch its arrays without the dynamic exclusivity
/// checks a class would pay. `assign` / `unassign` return the soft delta and keep
/// `overlaps`, `precedence` and `unassigned` up to date; a compound move is a
/// sequence of them, undone the same way.
struct State {
    let m: Model
    /// Local time option per event, `Model.noOption` when unassigned.
    var time: [Int]
    /// Local room option per event, `Model.noOption` when unassigned or roomless.
    var room: [Int]

    /// An entry of an occupancy list: `event` holds the bucket's resource over
    /// [`start`, `end`); `next` links to the list's next entry (or `endOfList`). One
    /// value per entry, so a walk reads one place in memory per entry.
    struct Occupancy {
        var start: Int
        var end: Int
        var event: Int32
        var next: Int32

        /// Whether the entry's interval overlaps [`from`, `to`) (touching ends do not).
        @inline(__always)
        func overlaps(_ from: Int, _ to: Int) -> Bool { start < to && from < end }
    }

    // Occupancy: singly linked lists in a pool, one list per bucket, ended by `endOfList`.
    var head: [Int32]
    var pool: [Occupancy] = []
    var freeHead: Int32 = State.endOfList

    var counts: [Int32]
    var distinct: [Int]
    var groupCost: [Int]
    /// Groups' costs and distinct counts before a change that is scored and taken back
    /// (`saveGroup`, `restoreSavedGroups`).
    private var savedGroups: [(group: Int, cost: Int, distinct: Int)] = []

    var overlaps = 0
    var precedence = 0
    var unassigned: Int
    var soft = 0

    init(_ m: Model) {
        self.m = m
        time = [Int](repeating: Model.noOption, count: m.eventCount)
        room = [Int](repeating: Model.noOption, count: m.eventCount)
        head = [Int32](repeating: State.endOfList, count: m.bucketCount)
        counts = [Int32](repeating: 0, count: m.groupCountSize)
        distinct = [Int](repeating: 0, count: m.groupKind.count)
        unassigned = m.eventCount
        groupCost = (0..<m.groupKind.count).map { g in
            m.groupKind[g] == .minDays ? m.groupWeight[g] * max(0, m.groupParam[g]) : 0
        }
        soft = groupCost.reduce(0, +)
    }

    /// The link after the last entry of an occupancy list (`head`, `next`, `freeHead`).
    static let endOfList: Int32 = -1

    var hard: Int { overlaps + precedence }

    @inline(__always)
    func isAssigned(_ e: Int) -> Bool { time[e] != Model.noOption }

    // MARK: occupancy

    @inline(__always)
    func overlapCount(_ b: Int, _ start: Int, _ end: Int, excluding e: Int) -> Int {
        var k = head[b]
        var c = 0
        while k != State.endOfList {
            let entry = pool[Int(k)]
            if Int(entry.event) != e && entry.overlaps(start, end) { c += 1 }
            k = entry.next
        }
        return c
    }

    @inline(__always)
    mutating func insert(_ b: Int, _ start: Int, _ end: Int, _ e: Int) {
        let entry = Occupancy(start: start, end: end, event: Int32(e), next: head[b])
        let i: Int32
        if freeHead != State.endOfList {
            i = freeHead
            freeHead = pool[Int(i)].next
            pool[Int(i)] = entry
        } else {
            i = Int32(pool.count)
            pool.append(entry)
        }
        head[b] = i
    }

    @inline(__always)
    mutating func remove(_ b: Int, _ start: Int, _ end: Int, _ e: Int) {
        var prev = State.endOfList
        var k = head[b]
        while k != State.endOfList {
            let i = Int(k)
            let entry = pool[i]
            if Int(entry.event) == e && entry.start == start && entry.end == end {
                if prev == State.endOfList { head[b] = entry.next } else { pool[Int(prev)].next = entry.next }
                pool[i].next = freeHead
                freeHead = k
                return
            }
            prev = k
            k = entry.next
        }
        preconditionFailure("occupancy entry of event \(e) missing")
    }

    /// Overlaps event `e` would have on its fixed resources at global option `o`.
    func staticOverlaps(_ e: Int, _ o: GlobalOption) -> Int {
        var c = 0
        for k in m.intervals(o) {
            let s = m.intervalStart(k)
            let en = m.intervalEnd(k)
            let d = m.intervalDay(k)
            for j in m.resBase[e]..<m.resBase[e + 1] {
                c += overlapCount(m.bucket(m.resList[j], d), s, en, excluding: e)
            }
        }
        return c
    }

    /// Overlaps in room resource `res` at global option `o`, ignoring event `e`.
    func roomOverlaps(_ e: Int, _ o: GlobalOption, _ res: Int) -> Int {
        var c = 0
        for k in m.intervals(o) {
            c += overlapCount(m.bucket(res, m.intervalDay(k)), m.intervalStart(k), m.intervalEnd(k), excluding: e)
        }
        return c
    }

    /// Whether room resource `res` is free for `e` at global option `o`, apart from
    /// event `other` (none for `Model.noOption`).
    func roomFree(_ e: Int, _ o: GlobalOption, _ res: Int, apartFrom other: Int = Model.noOption) -> Bool {
        for k in m.intervals(o) {
            let b = m.bucket(res, m.intervalDay(k))
            let s = m.intervalStart(k)
            let en = m.intervalEnd(k)
            var q = head[b]
            while q != State.endOfList {
                let entry = pool[Int(q)]
                let occupant = Int(entry.event)
                if occupant != e && occupant != other && entry.overlaps(s, en) { return false }
                q = entry.next
            }
        }
        return true
    }

    /// Precedences broken if `e` took global option `o` (others as they are).
    func precedenceViolations(_ e: Int, _ o: GlobalOption) -> Int {
        var c = 0
        for j in m.precBase[e]..<m.precBase[e + 1] {
            let other = m.precOther[j]
            let t = time[other]
            if t == Model.noOption { continue }
            let oo = m.option(other, t)
            if m.precIsBefore[j] ? m.breaksPrecedence(before: o, after: oo) : m.breaksPrecedence(before: oo, after: o) {
                c += 1
            }
        }
        return c
    }

    // MARK: assign / unassign

    /// Gives `e` time option `t` and room option `r` (`Model.noOption` if roomless); `e` must be unassigned.
    /// Returns the soft delta.
    @discardableResult
    mutating func assign(_ e: Int, _ t: Int, _ r: Int) -> Int {
        let o = m.option(e, t)
        let roomRes = m.roomResourceOrNone(of: e, r)
        for k in m.intervals(o) {
            let s = m.intervalStart(k)
            let en = m.intervalEnd(k)
            let d = m.intervalDay(k)
            for j in m.resBase[e]..<m.resBase[e + 1] {
                let b = m.bucket(m.resList[j], d)
                overlaps += overlapCount(b, s, en, excluding: e)
                insert(b, s, en, e)
            }
            if roomRes != Model.noResource {
                let b = m.bucket(roomRes, d)
                overlaps += overlapCount(b, s, en, excluding: e)
                insert(b, s, en, e)
            }
        }
        precedence += precedenceViolations(e, o)
        time[e] = t
        room[e] = r
        unassigned -= 1
        let delta = countInGroups(e, t, r, 1)
        soft += delta
        return delta
    }

    /// Takes `e`'s value away; returns the soft delta.
    @discardableResult
    mutating func unassign(_ e: Int) -> Int {
        let t = time[e]
        let r = room[e]
        let o = m.option(e, t)
        let roomRes = m.roomResourceOrNone(of: e, r)
        for k in m.intervals(o) {
            let s = m.intervalStart(k)
            let en = m.intervalEnd(k)
            let d = m.intervalDay(k)
            // With no overlap anywhere there is nothing to count (the usual case).
            let count = overlaps > 0
            for j in m.resBase[e]..<m.resBase[e + 1] {
                let b = m.bucket(m.resList[j], d)
                remove(b, s, en, e)
                if count { overlaps -= overlapCount(b, s, en, excluding: e) }
            }
            if roomRes != Model.noResource {
                let b = m.bucket(roomRes, d)
                remove(b, s, en, e)
                if count { overlaps -= overlapCount(b, s, en, excluding: e) }
            }
        }
        time[e] = Model.noOption
        room[e] = Model.noOption
        precedence -= precedenceViolations(e, o)
        unassigned += 1
        let delta = countInGroups(e, t, r, -1)
        soft += delta
        return delta
    }

    /// Adds (`sign` 1) or takes away (`sign` -1) event `e` at time option `t` and room
    /// option `r` in its groups' counters alone (not in the occupancy lists, `time`,
    /// `room` or `soft`) and returns the soft delta, the option's and the room's own cost
    /// included. A second call with the opposite sign puts the counters back, so several
    /// events' moves can be scored together before any is made. With `roomGroups` false
    /// the groups of rooms are left out: a caller that takes `e` off and puts it back in
    /// the same room resource may skip them, since each group's cost is a function of its
    /// counters, which end as they began.
    @discardableResult
    mutating func countInGroups(_ e: Int, _ t: Int, _ r: Int, _ sign: Int32, roomGroups: Bool = true) -> Int {
        let o = m.option(e, t)
        let roomRes = m.roomResourceOrNone(of: e, r)
        let own = m.optCost[o.offset] + (r != Model.noOption ? m.roomCost(of: e, r) : 0)
        var delta = sign > 0 ? own : -own
        for j in m.memberBase[e]..<m.memberBase[e + 1] {
            let g = m.memberGroup[j]
            if !roomGroups && m.groupKind[g] == .sameRoom { continue }
            delta += groupChange(g, o, roomRes, sign)
        }
        return delta
    }

    /// The soft delta of moving assigned event `e` to time option `t` and room option `r`,
    /// as `unassign` then `assign` would give it, computed on the group counters alone and
    /// left as it found them: nothing changes. A move whose hard effect is known to be
    /// nothing is judged by this before it is made (most are then not made at all).
    mutating func softDeltaOfMove(_ e: Int, to t: Int, _ r: Int) -> Int {
        let o = m.option(e, time[e])
        let o2 = m.option(e, t)
        let res = m.roomResourceOrNone(of: e, room[e])
        let res2 = m.roomResourceOrNone(of: e, r)
        var delta = m.optCost[o2.offset] - m.optCost[o.offset]
        if r != Model.noOption { delta += m.roomCost(of: e, r) }
        if room[e] != Model.noOption { delta -= m.roomCost(of: e, room[e]) }
        // A group of rooms sees only the room; every other kind only the time.
        let members = m.memberBase[e]..<m.memberBase[e + 1]
        func changes(_ g: Int) -> Bool { m.groupKind[g] == .sameRoom ? res != res2 : o != o2 }
        for j in members where changes(m.memberGroup[j]) { saveGroup(m.memberGroup[j]) }
        for j in members where changes(m.memberGroup[j]) { delta += groupChange(m.memberGroup[j], o, res, -1) }
        for j in members where changes(m.memberGroup[j]) { delta += groupChange(m.memberGroup[j], o2, res2, 1) }
        for j in members.reversed() where changes(m.memberGroup[j]) { revertCounters(m.memberGroup[j], o2, res2, 1) }
        for j in members.reversed() where changes(m.memberGroup[j]) { revertCounters(m.memberGroup[j], o, res, -1) }
        restoreSavedGroups()
        return delta
    }

    /// The soft delta of events `e` and `f` trading rooms at their times (`e` takes room
    /// option `r`, `f` takes `rf`), as two `move`s would give it, computed on the group
    /// counters alone and left as it found them: nothing changes.
    mutating func softDeltaOfRoomSwap(_ e: Int, _ r: Int, _ f: Int, _ rf: Int) -> Int {
        let from = m.roomResource(of: e, room[e])
        let to = m.roomResource(of: e, r)
        var delta =
            m.roomCost(of: e, r) - m.roomCost(of: e, room[e]) + m.roomCost(of: f, rf) - m.roomCost(of: f, room[f])
        // Only groups of rooms see a change of room alone; they ignore the time option.
        let any = m.option(e, time[e])
        let mine = m.memberBase[e]..<m.memberBase[e + 1]
        let theirs = m.memberBase[f]..<m.memberBase[f + 1]
        func isRooms(_ j: Int) -> Bool { m.groupKind[m.memberGroup[j]] == .sameRoom }
        for j in mine where isRooms(j) { delta += groupChange(m.memberGroup[j], any, from, -1) }
        for j in theirs where isRooms(j) { delta += groupChange(m.memberGroup[j], any, to, -1) }
        for j in mine where isRooms(j) { delta += groupChange(m.memberGroup[j], any, to, 1) }
        for j in theirs where isRooms(j) { delta += groupChange(m.memberGroup[j], any, from, 1) }
        for j in theirs.reversed() where isRooms(j) { groupChange(m.memberGroup[j], any, from, -1) }
        for j in mine.reversed() where isRooms(j) { groupChange(m.memberGroup[j], any, to, -1) }
        for j in theirs.reversed() where isRooms(j) { groupChange(m.memberGroup[j], any, to, 1) }
        for j in mine.reversed() where isRooms(j) { groupChange(m.memberGroup[j], any, from, 1) }
        return delta
    }

    /// What room option `r` costs `e` on its own: the option's cost, and the weight of each
    /// group of rooms of `e` that uses the room of `r` for no other member yet.
    func roomSoftCost(_ e: Int, _ r: Int) -> Int {
        var cost = m.roomCost(of: e, r)
        let res = m.roomResource(of: e, r)
        let mine = m.roomResourceOrNone(of: e, room[e])
        for j in m.memberBase[e]..<m.memberBase[e + 1] {
            let g = m.memberGroup[j]
            if m.groupKind[g] != .sameRoom { continue }
            let others = Int(counts[roomCounter(g, res)]) - (res == mine ? 1 : 0)
            if others == 0 { cost += m.groupWeight[g] }
        }
        return cost
    }

    /// Assigned events `e` and `f` trade rooms at their times: `e` takes room option `r`,
    /// `f` takes `rf`.
    mutating func tradeRooms(_ e: Int, _ r: Int, _ f: Int, _ rf: Int) {
        let (te, tf) = (time[e], time[f])
        unassign(e)
        unassign(f)
        assign(e, te, r)
        assign(f, tf, rf)
    }

    /// Moves assigned event `e` to time option `t` and room option `r`.
    mutating func move(_ e: Int, to t: Int, _ r: Int) {
        unassign(e)
        assign(e, t, r)
    }

    // MARK: groups

    /// Where `counts` keeps how many members of group of rooms `g` use room resource `res`.
    @inline(__always)
    private func roomCounter(_ g: Int, _ res: Int) -> Int {
        let first = m.groupRoomBase[g]
        // Binary search without a branch on the comparison (`res` is in the list): the
        // loop runs a fixed number of times for the list's length, and the comparison
        // only selects the next base, which the processor does not have to guess.
        var base = first
        var length = m.groupRoomBase[g + 1] - first
        while length > 1 {
            let half = length >> 1
            base = m.groupRooms[base + half] <= res ? base + half : base
            length -= half
        }
        return m.groupCountBase[g] + base - first
    }

    /// Remembers group `g`'s cost and distinct count for `restoreSavedGroups`.
    @inline(__always)
    mutating func saveGroup(_ g: Int) {
        savedGroups.append((g, groupCost[g], distinct[g]))
    }

    /// Puts back the costs and distinct counts `saveGroup` remembered (the earliest last,
    /// so a group saved twice ends as it was first saved).
    mutating func restoreSavedGroups() {
        while let (g, cost, count) = savedGroups.popLast() {
            groupCost[g] = cost
            distinct[g] = count
        }
    }

    /// Takes back `countInGroups(e, t, r, sign, roomGroups:)` in the counters alone (see
    /// `revertCounters`).
    mutating func revertCountInGroups(_ e: Int, _ t: Int, _ r: Int, _ sign: Int32, roomGroups: Bool = true) {
        let o = m.option(e, t)
        let roomRes = m.roomResourceOrNone(of: e, r)
        for j in (m.memberBase[e]..<m.memberBase[e + 1]).reversed() {
            let g = m.memberGroup[j]
            if !roomGroups && m.groupKind[g] == .sameRoom { continue }
            revertCounters(g, o, roomRes, sign)
        }
    }

    /// Takes back the last `groupChange(g, o, roomRes, sign)` in group `g`'s counters
    /// alone, without scoring it again: the group's cost and distinct count are put back
    /// by `restoreSavedGroups`. Changes are taken back in the reverse order of making.
    @inline(__always)
    mutating func revertCounters(_ g: Int, _ o: GlobalOption, _ roomRes: Int, _ sign: Int32) {
        let base = m.groupCountBase[g]
        let dayMin = m.groupDayMin[g]
        switch m.groupKind[g] {
        case .minDays, .maxPerDay:
            for k in m.intervals(o) { counts[base + m.intervalDay(k) - dayMin] -= sign }
        case .isolated:
            let s = m.slotsPerDay
            for k in m.intervals(o) { counts[base + (m.intervalDay(k) - dayMin) * s + m.intervalSlot(k)] -= sign }
        case .sameRoom:
            if roomRes != Model.noResource { counts[roomCounter(g, roomRes)] -= sign }
        case .maxDaysPerWeek:
            let span = m.groupDaySpan[g]
            for k in m.intervals(o).reversed() {
                let day = m.intervalDay(k)
                let i = base + day - dayMin
                let before = counts[i] - sign
                counts[i] = before
                let wi =
                    base + span + Model.floorDiv(day + m.groupWeekOffset[g], m.groupDaysPerWeek[g]) - m.groupWeekMin[g]
                if sign > 0 && before == 0 { counts[wi] -= 1 } else if sign < 0 && before == 1 { counts[wi] += 1 }
            }
        }
    }

    /// Adds (`sign` 1) or removes (`sign` -1) one event's option `o` and room resource
    /// (`Model.noResource` for none) to group `g`; returns the cost delta.
    @discardableResult
    mutating func groupChange(_ g: Int, _ o: GlobalOption, _ roomRes: Int, _ sign: Int32) -> Int {
        let base = m.groupCountBase[g]
        let w = m.groupWeight[g]
        let dayMin = m.groupDayMin[g]
        switch m.groupKind[g] {
        case .minDays:
            for k in m.intervals(o) {
                let i = base + m.intervalDay(k) - dayMin
                let c = counts[i]
                if sign > 0 { if c == 0 { distinct[g] += 1 } } else if c == 1 { distinct[g] -= 1 }
                counts[i] = c + sign
            }
            let new = w * max(0, m.groupParam[g] - distinct[g])
            let delta = new - groupCost[g]
            groupCost[g] = new
            return delta
        case .isolated:
            // Each interval costs `w` while no group interval is in the slot before or after
            // it on its day. Adding or removing one interval changes the cost by `w` for
            // itself when both neighbouring slots are empty; when its slot fills (or
            // empties), a neighbour with nothing on its other side stops (or starts) being
            // isolated, with all its intervals.
            let s = m.slotsPerDay
            var delta = 0
            for k in m.intervals(o) {
                let slot = m.intervalSlot(k)
                let i = base + (m.intervalDay(k) - dayMin) * s + slot
                let c = counts[i]
                let left = slot > 0 ? Int(counts[i - 1]) : 0
                let right = slot < s - 1 ? Int(counts[i + 1]) : 0
                var change = left == 0 && right == 0 ? 1 : 0
                if c == (sign > 0 ? 0 : 1) {
                    if left > 0 && (slot < 2 || counts[i - 2] == 0) { change -= left }
                    if right > 0 && (slot > s - 3 || counts[i + 2] == 0) { change -= right }
                }
                counts[i] = c + sign
                delta += Int(sign) * change
            }
            groupCost[g] += w * delta
            return w * delta
        case .sameRoom:
            if roomRes == Model.noResource { return 0 }
            let i = roomCounter(g, roomRes)
            let c = counts[i]
            if sign > 0 { if c == 0 { distinct[g] += 1 } } else if c == 1 { distinct[g] -= 1 }
            counts[i] = c + sign
            let new = w * max(0, distinct[g] - 1)
            let delta = new - groupCost[g]
            groupCost[g] = new
            return delta
        case .maxPerDay:
            let limit = Int32(m.groupParam[g])
            var delta = 0
            for k in m.intervals(o) {
                let i = base + m.intervalDay(k) - dayMin
                let c = counts[i]
                if sign > 0 { if c >= limit { delta += w } } else if c > limit { delta -= w }
                counts[i] = c + sign
            }
            groupCost[g] += delta
            return delta
        case .maxDaysPerWeek:
            let limit = Int32(m.groupParam[g])
            let span = m.groupDaySpan[g]
            let perWeek = m.groupDaysPerWeek[g]
            let offset = m.groupWeekOffset[g]
            let weekMin = m.groupWeekMin[g]
            var delta = 0
            for k in m.intervals(o) {
                let day = m.intervalDay(k)
                let i = base + day - dayMin
                let c = counts[i]
                counts[i] = c + sign
                let wi = base + span + Model.floorDiv(day + offset, perWeek) - weekMin
                if sign > 0 && c == 0 {
                    if counts[wi] >= limit { delta += w }
                    counts[wi] += 1
                } else if sign < 0 && c == 1 {
                    if counts[wi] > limit { delta -= w }
                    counts[wi] -= 1
                }
            }
            groupCost[g] += delta
            return delta
        }
    }
}
