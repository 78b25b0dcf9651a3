import HeapModule

#if canImport(Glibc)
import Glibc  // exp, pow only: the engine imports no framework
#elseif canImport(Darwin)
import Darwin
#endif

/// Construction and local search over one `State`.
///
/// Construction: iterated forward search with conflict-directed ejection. The most
/// constrained unassigned event (fewest values, weighted by how often it was
/// ejected; a heap) takes the value whose blockers are cheapest to eject; blockers go
/// back to the queue until they have been ejected `maxEjections` times. Pinned events
/// are never ejected.
///
/// Local search: simulated annealing on the soft total over hard-feasible moves
/// (a move that would add a hard violation is undone): time move, time swap with
/// the single blocking event (a two-event Kempe chain), room move, room swap, and
/// insertion of still-unassigned events. A time move with nothing in its way takes, half
/// of the time, the cheapest free room (`cheapestFreeRoom`), else its own or any free one;
/// when no room is free there, it trades times and rooms with a room's one occupant
/// (`swapWithOccupant`).
/// A move of one event, two events trading rooms, or a Kempe chain whose two times share
/// no moment, that adds no hard violation is judged by its soft delta before it is made
/// (`State.softDeltaOfMove`, `State.softDeltaOfRoomSwap`, `scoreChain`), so a rejected
/// one costs no change to the occupancy lists. The temperature follows the move budget
/// (deterministic) or, without one, the clock.
struct Search {
    let m: Model
    var s: State
    var rng: RandomSource
    let parameters: Parameters
    let clock = ContinuousClock()
    let started: ContinuousClock.Instant
    var progress: (@Sendable (Progress) -> Void)?

    var mark: [Int]
    var stamp = 0
    var ejected: [Int]
    var impossible: [Bool]
    var blockers: [Int] = []
    var movable: [Int]
    var log: [(e: Int, t: Int, r: Int)] = []
    var stopped = false
    var chainMark: [Int]
    var chainStamp = 0
    var chainA: [Int] = [], chainB: [Int] = [], targetA: [Int] = [], targetB: [Int] = []
    var roomsA: [Int] = [], roomsB: [Int] = []
    /// The room options `scoreChain` chose: `chainA`'s, then `chainB`'s.
    var chainRooms: [Int] = []
    var claimed: [Int] = []
    var lastReport: Double = 0

    var best: (time: [Int], room: [Int], unassigned: Int, hard: Int, soft: Int)
    var bestIsCurrent = false

    var moves = 0
    var constructionSteps = 0
    /// Moves this chain may try: the whole budget, or its share when chains run in
    /// parallel; nil = until the time limit.
    var chainBudget: Int?
    /// The annealing's starting temperature (set by `startAnnealing`).
    var initialTemperature = 1.0
    /// Moves between two looks at the clock, the budget and the temperature.
    static let stepMoves = 256

    #if SOLVER_INTERNAL_CHECKS
    /// How often the local search checks its state from scratch (a multiple of its
    /// 256-move step): often enough to catch a drift near where it starts, rarely
    /// enough that debug runs of a real plan stay quick.
    static let checkEveryMoves = 16_384
    #endif

    init(model: Model, parameters: Parameters, progress: (@Sendable (Progress) -> Void)?) {
        m = model
        s = State(model)
        rng = RandomSource(seed: parameters.seed)
        self.parameters = parameters
        self.progress = progress
        started = clock.now
        mark = [Int](repeating: 0, count: model.eventCount)
        chainMark = [Int](repeating: 0, count: model.eventCount)
        ejected = [Int](repeating: 0, count: model.eventCount)
        impossible = [Bool](repeating: false, count: model.eventCount)
        movable = (0..<model.eventCount).filter { !model.isPinned($0) }
        best = ([], [], Int.max, Int.max, Int.max)
        chainBudget = parameters.moveBudget
    }

    var elapsed: Double {
        let d = clock.now - started
        return Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
    }

    mutating func timeUp() -> Bool {
        if stopped { return true }
        if let limit = parameters.timeLimit, elapsed >= limit { stopped = true }
        return stopped
    }

    mutating func report(_ phase: Progress.Phase, force: Bool = false) {
        guard let progress else { return }
        let now = elapsed
        if !force && now - lastReport < 1 { return }
        lastReport = now
        let b =
            bestIsCurrent || best.unassigned == Int.max
            ? (s.hard, s.unassigned, s.soft) : (best.hard, best.unassigned, best.soft)
        progress(
            Progress(
                phase: phase,
                hard: b.0,
                unassigned: b.1,
                soft: b.2,
                assigned: m.eventCount - b.1,
                moves: moves,
                elapsed: now
            )
        )
    }

    // MARK: best-so-far

    func isBetterThanBest() -> Bool {
        (s.hard, s.unassigned, s.soft) < bestScore
    }

    mutating func noteIfBest() {
        if isBetterThanBest() {
            best.hard = s.hard
            best.unassigned = s.unassigned
            best.soft = s.soft
            bestIsCurrent = true
        }
    }

    /// Saves the current state as best, with the events in `log` put back to their
    /// logged values (the state just before the move being accepted).
    mutating func saveBestBeforeLoggedMove() {
        var t = s.time
        var r = s.room
        for entry in log.reversed() {
            t[entry.e] = entry.t
            r[entry.e] = entry.r
        }
        best.time = t
        best.room = r
        bestIsCurrent = false
    }

    mutating func saveBestNow() {
        best.time = s.time
        best.room = s.room
        bestIsCurrent = false
    }

    /// Replaces the state by the given values (pinned events stay). Only the events
    /// whose value differs are taken off and put back.
    mutating func load(time: [Int], room: [Int]) {
        let changed = movable.filter { s.time[$0] != time[$0] || s.room[$0] != room[$0] }
        for e in changed where s.isAssigned(e) { s.unassign(e) }
        for e in changed where time[e] != Model.noOption { s.assign(e, time[e], room[e]) }
    }

    // MARK: blockers

    /// Collects in `blockers` the distinct events in the way of `e` at global option
    /// `o` on fixed resources and precedence (if `fixed`) and room resource `roomRes`
    /// (none for `Model.noResource`).
    /// Returns false when a pinned event is in the way.
    mutating func collectBlockers(_ e: Int, _ o: GlobalOption, roomRes: Int, fixed: Bool) -> Bool {
        stamp += 1
        blockers.removeAll(keepingCapacity: true)
        for k in m.intervals(o) {
            let st = m.intervalStart(k)
            let en = m.intervalEnd(k)
            let d = m.intervalDay(k)
            if fixed {
                for j in m.resBase[e]..<m.resBase[e + 1] {
                    if !collect(e, m.bucket(m.resList[j], d), st, en) { return false }
                }
            }
            if roomRes != Model.noResource && !collect(e, m.bucket(roomRes, d), st, en) { return false }
        }
        if fixed {
            for j in m.precBase[e]..<m.precBase[e + 1] {
                let other = m.precOther[j]
                let t = s.time[other]
                if t == Model.noOption { continue }
                let oo = m.option(other, t)
                let broken =
                    m.precIsBefore[j]
                    ? m.breaksPrecedence(before: o, after: oo) : m.breaksPrecedence(before: oo, after: o)
                if broken {
                    if m.isPinned(other) { return false }
                    if mark[other] != stamp {
                        mark[other] = stamp
                        blockers.append(other)
                    }
                }
            }
        }
        return true
    }

    @inline(__always)
    mutating func collect(_ e: Int, _ b: Int, _ st: Int, _ en: Int) -> Bool {
        var q = s.head[b]
        while q != State.endOfList {
            let entry = s.pool[Int(q)]
            let other = Int(entry.event)
            if other != e && entry.overlaps(st, en) {
                if m.isPinned(other) { return false }
                if mark[other] != stamp {
                    mark[other] = stamp
                    blockers.append(other)
                }
            }
            q = entry.next
        }
        return true
    }

    func ejectionCost(_ list: ArraySlice<Int>) -> Int {
        var c = 0
        for b in list { c += 1 + ejected[b] }
        return c
    }

    // MARK: construction

    /// An unassigned event in the construction's queue, most constrained first: fewest
    /// values, raised by past ejections, with a little noise drawn when it joins.
    struct Waiting: Comparable {
        let key: Double
        let event: Int

        static func < (a: Waiting, b: Waiting) -> Bool { (a.key, a.event) < (b.key, b.event) }
    }

    mutating func waiting(_ e: Int) -> Waiting {
        let domain = Double(m.timeCount(e) * max(1, m.roomCount(e)))
        return Waiting(key: domain / Double(1 + ejected[e]) * (1 + 0.1 * rng.unit()), event: e)
    }

    /// Ejections after which construction stops queueing an event again (the local
    /// search's insertions may still place it). Without the bound, two events that
    /// cannot both be placed eject each other for the whole budget: each ejection
    /// raises the other's priority, so nothing else in the queue gets a turn.
    static let maxEjections = 64

    mutating func construct() {
        let budget = parameters.constructionBudget ?? (50 * m.eventCount + 10_000)
        var queue = Heap<Waiting>()
        for e in movable where !s.isAssigned(e) { queue.insert(waiting(e)) }
        saveBestNow()
        best.hard = s.hard
        best.unassigned = s.unassigned
        best.soft = s.soft
        var chosenBlockers: [Int] = []
        while !queue.isEmpty && constructionSteps < budget {
            if constructionSteps & 63 == 0 {
                if timeUp() { break }
                report(.construction)
            }
            constructionSteps += 1
            let e = queue.removeMin().event

            var bestKey = (Int.max, Int.max, UInt64.max)
            var chosen: (time: Int, room: Int)?
            for t in 0..<m.timeCount(e) {
                let o = m.option(e, t)
                if !collectBlockers(e, o, roomRes: Model.noResource, fixed: true) { continue }
                let fixedCost = ejectionCost(blockers[...])
                if fixedCost > bestKey.0 { continue }
                let fixedMark = stamp
                if m.roomCount(e) == 0 {
                    let key = (fixedCost, m.optCost[o.offset], rng.next())
                    if key < bestKey {
                        bestKey = key
                        chosen = (t, Model.noOption)
                    }
                    continue
                }
                for r in 0..<m.roomCount(e) {
                    let res = m.roomResource(of: e, r)
                    // Room blockers not already counted among the fixed ones; the count
                    // stops as soon as this room cannot beat the best value so far.
                    let bound = bestKey.0 - fixedCost
                    var extra = 0
                    var pinned = false
                    scan: for k in m.intervals(o) {
                        let b = m.bucket(res, m.intervalDay(k))
                        let st = m.intervalStart(k)
                        let en = m.intervalEnd(k)
                        var q = s.head[b]
                        while q != State.endOfList {
                            let entry = s.pool[Int(q)]
                            let other = Int(entry.event)
                            if other != e && entry.overlaps(st, en) && mark[other] != fixedMark {
                                if m.isPinned(other) { pinned = true }
                                extra += 1 + ejected[other]
                                if pinned || extra > bound { break scan }
                            }
                            q = entry.next
                        }
                    }
                    if pinned { continue }
                    // Drawn for every room whose count met no pinned event, pruned or not: with
                    // no pinned event in the way, pruning changes no choice.
                    let tieBreak = rng.next()
                    if extra > bound { continue }
                    let key = (fixedCost + extra, m.optCost[o.offset] + m.roomCost(of: e, r), tieBreak)
                    if key < bestKey {
                        bestKey = key
                        chosen = (t, r)
                    }
                }
            }
            guard let chosen else {
                impossible[e] = true
                continue
            }
            let o = m.option(e, chosen.time)
            let res = m.roomResourceOrNone(of: e, chosen.room)
            _ = collectBlockers(e, o, roomRes: res, fixed: true)
            chosenBlockers = blockers
            for b in chosenBlockers {
                s.unassign(b)
                ejected[b] += 1
                if ejected[b] < Self.maxEjections { queue.insert(waiting(b)) }
            }
            s.assign(e, chosen.time, chosen.room)
            if s.unassigned < best.unassigned {
                saveBestNow()
                best.hard = s.hard
                best.unassigned = s.unassigned
                best.soft = s.soft
            }
        }
        if s.unassigned > best.unassigned {
            load(time: best.time, room: best.room)
        }
        best = (s.time, s.room, s.unassigned, s.hard, s.soft)
        bestIsCurrent = true
        #if SOLVER_INTERNAL_CHECKS
        s.checkInvariants("after construction")
        #endif
        report(.construction, force: true)
    }

    // MARK: local search

    /// Puts logged events back as they were.
    mutating func undo() {
        for entry in log.reversed() where s.isAssigned(entry.e) { s.unassign(entry.e) }
        for entry in log where entry.t != Model.noOption { s.assign(entry.e, entry.t, entry.r) }
        log.removeAll(keepingCapacity: true)
    }

    mutating func take(_ e: Int) {
        log.append((e, s.time[e], s.room[e]))
        s.unassign(e)
    }

    /// A room option of `e` free at global option `o`: the room resources `first`, then
    /// `second`, then any from a random start (`Model.noResource` skips a preference);
    /// nil when none is free. Only for events that need a room. With `outsideChain`, free
    /// as it will be once the Kempe chain being scored is taken off
    /// (`roomFreeOutsideChain`).
    mutating func freeRoom(
        _ e: Int,
        _ o: GlobalOption,
        preferred first: Int = Model.noResource,
        _ second: Int = Model.noResource,
        outsideChain: Bool = false
    ) -> Int? {
        // Whether a room is free depends on its resource alone, so the first option with
        // a preferred resource answers for all of them (`Model.noResource` has none).
        if let r = m.roomOption(of: e, withResource: first), roomIsFree(e, o, first, outsideChain) { return r }
        if let r = m.roomOption(of: e, withResource: second), roomIsFree(e, o, second, outsideChain) { return r }
        let count = m.roomCount(e)
        let start = rng.below(count)
        for i in 0..<count {
            let r = (start + i) % count
            if roomIsFree(e, o, m.roomResource(of: e, r), outsideChain) { return r }
        }
        return nil
    }

    /// A method, not a function nested in `freeRoom`: a nested one captures the whole
    /// search, and the optimizer may copy it (every array retained) on each call.
    @inline(__always)
    private func roomIsFree(_ e: Int, _ o: GlobalOption, _ res: Int, _ outsideChain: Bool) -> Bool {
        outsideChain ? roomFreeOutsideChain(e, o, res) : s.roomFree(e, o, res)
    }

    /// The free room option of `e` at `o` whose own soft cost (`State.roomSoftCost`) is
    /// lowest; ties go to the room resource `current`, then to the first from a random start.
    mutating func cheapestFreeRoom(_ e: Int, _ o: GlobalOption, current: Int) -> Int? {
        let count = m.roomCount(e)
        let start = rng.below(count)
        var chosen: Int?
        var chosenCost = Int.max
        for i in 0..<count {
            let r = (start + i) % count
            let res = m.roomResource(of: e, r)
            var cost = s.roomSoftCost(e, r) * 2
            if res != current { cost += 1 }
            if cost >= chosenCost || !s.roomFree(e, o, res) { continue }
            chosen = r
            chosenCost = cost
        }
        return chosen
    }

    mutating func calibrate() -> Double {
        var total = 0
        var n = 0
        for _ in 0..<2000 {
            let hardBefore = s.hard
            let softBefore = s.soft
            var d = 0
            switch tryMove() {
            case .none: continue
            case .single(let e, let t, let r): d = s.softDeltaOfMove(e, to: t, r)
            case .roomSwap(let e, let r, let f, let rf): d = s.softDeltaOfRoomSwap(e, r, f, rf)
            case .chain(let delta): d = delta
            case .applied:
                d = s.hard <= hardBefore ? s.soft - softBefore : 0
                undo()
            }
            if d > 0 {
                total += d
                n += 1
            }
        }
        return n == 0 ? 1 : Double(total) / Double(n)
    }

    /// What `tryMove` found.
    enum Trial {
        /// No move was possible.
        case none
        /// A move was made (logged for `undo`).
        case applied
        /// Moving one event to time option `time` and room option `room` adds no hard
        /// violation: not made yet, so that its soft delta can judge it first.
        case single(event: Int, time: Int, room: Int)
        /// Two events trading rooms at their times (`event` takes room option `room`,
        /// `other` takes `otherRoom`) adds no hard violation: not made yet either.
        case roomSwap(event: Int, room: Int, other: Int, otherRoom: Int)
        /// The Kempe chain in `chainA` and `chainB`, with targets and rooms chosen, adds no
        /// hard violation and changes the soft total by `delta`: not made yet
        /// (`makeChain` makes it).
        case chain(delta: Int)
    }

    /// One random move.
    mutating func tryMove() -> Trial {
        log.removeAll(keepingCapacity: true)
        let e = movable[rng.below(movable.count)]
        if !s.isAssigned(e) { return insert(e) ? .applied : .none }
        let roll = rng.below(100)
        if m.roomCount(e) > 1 && roll < 35 { return roomMove(e) }
        return timeMove(e)
    }

    /// A move of `e` alone that breaks no hard rule where it lands: made when the state
    /// has a hard violation (which the move might mend), else judged before it is made.
    mutating func single(_ e: Int, _ t: Int, _ r: Int) -> Trial {
        if s.hard == 0 { return .single(event: e, time: t, room: r) }
        take(e)
        s.assign(e, t, r)
        return .applied
    }

    mutating func insert(_ e: Int) -> Bool {
        if impossible[e] { return false }
        let t = rng.below(m.timeCount(e))
        let o = m.option(e, t)
        if s.staticOverlaps(e, o) > 0 || s.precedenceViolations(e, o) > 0 { return false }
        var r = Model.noOption
        if m.roomCount(e) > 0 {
            guard let free = freeRoom(e, o) else { return false }
            r = free
        }
        log.append((e, Model.noOption, Model.noOption))
        s.assign(e, t, r)
        return true
    }

    mutating func roomMove(_ e: Int) -> Trial {
        let t = s.time[e]
        let r = s.room[e]
        let count = m.roomCount(e)
        var r2 = rng.below(count - 1)
        if r2 >= r { r2 += 1 }
        let o = m.option(e, t)
        let res = m.roomResource(of: e, r2)
        if !collectBlockers(e, o, roomRes: res, fixed: false) || blockers.count > 1 { return .none }
        if blockers.isEmpty { return single(e, t, r2) }
        // Room swap with the single occupant, if it can use our room.
        let f = blockers[0]
        let myRes = m.roomResource(of: e, r)
        guard let rf = m.roomOption(of: f, withResource: myRes) else { return .none }
        let tf = s.time[f]
        if s.hard == 0 {
            if !s.roomFree(f, m.option(f, tf), myRes, apartFrom: e) { return .none }
            return .roomSwap(event: e, room: r2, other: f, otherRoom: rf)
        }
        log.append((e, t, r))
        log.append((f, tf, s.room[f]))
        s.tradeRooms(e, r2, f, rf)
        return .applied
    }

    mutating func timeMove(_ e: Int) -> Trial {
        let t = s.time[e]
        let r = s.room[e]
        let count = m.timeCount(e)
        if count < 2 { return .none }
        var t2 = rng.below(count - 1)
        if t2 >= t { t2 += 1 }
        let o = m.option(e, t)
        let o2 = m.option(e, t2)
        if !collectBlockers(e, o2, roomRes: Model.noResource, fixed: true) { return .none }
        let myRes = m.roomResourceOrNone(of: e, r)
        if blockers.isEmpty {
            var r2 = Model.noOption
            if r != Model.noOption {
                // Half the time the cheapest room, else its own or any: always the cheapest
                // settles rooms so early that the times cannot improve around them.
                let cheapest = rng.below(2) == 0
                guard let free = cheapest ? cheapestFreeRoom(e, o2, current: myRes) : freeRoom(e, o2, preferred: myRes)
                else { return swapWithOccupant(e, o, o2, t2) }
                r2 = free
            }
            return single(e, t2, r2)
        }
        return kempe(e, o, o2)
    }

    /// For a time move that finds no room free at `o2`: `e` takes a random room of its
    /// own there, and the one event in that room then (if it has `e`'s time pattern and
    /// can use `e`'s room) takes `e`'s time and room: the two trade places.
    mutating func swapWithOccupant(_ e: Int, _ o: GlobalOption, _ o2: GlobalOption, _ t2: Int) -> Trial {
        let r2 = rng.below(m.roomCount(e))
        if !collectBlockers(e, o2, roomRes: m.roomResource(of: e, r2), fixed: false) || blockers.count != 1 {
            return .none
        }
        let f = blockers[0]
        let myRes = m.roomResource(of: e, s.room[e])
        guard let tf = m.timeOption(of: f, withPattern: m.optPattern[o.offset]),
            let rf = m.roomOption(of: f, withResource: myRes)
        else { return .none }
        let of = m.option(f, tf)
        if s.staticOverlaps(f, of) > 0 || !s.roomFree(f, of, myRes, apartFrom: e) { return .none }
        take(e)
        take(f)
        s.assign(e, t2, r2)
        s.assign(f, tf, rf)
        return .applied
    }

    /// Kempe chain between the patterns of global options `o` (where `e` is) and `o2`:
    /// `e` moves to `o2`'s intervals, the events in its way move to `o`'s, those in
    /// their way move across, and so on until the chain closes (or grows too long,
    /// or meets a pinned event or one that lacks the needed time: then no move).
    /// `blockers` holds those in `e`'s way at `o2` (as `timeMove` leaves them).
    mutating func kempe(_ e: Int, _ o: GlobalOption, _ o2: GlobalOption) -> Trial {
        let p1 = m.optPattern[o.offset]
        let p2 = m.optPattern[o2.offset]
        chainStamp += 1
        chainA.removeAll(keepingCapacity: true)
        chainB.removeAll(keepingCapacity: true)
        targetA.removeAll(keepingCapacity: true)
        targetB.removeAll(keepingCapacity: true)
        chainA.append(e)
        targetA.append(m.localOption(o2, of: e))
        chainMark[e] = chainStamp
        var ia = 0
        var ib = 0
        let limit = 24
        while ia < chainA.count || ib < chainB.count {
            if ia < chainA.count {
                let x = chainA[ia]
                if ia > 0 && !collectBlockers(x, m.option(x, targetA[ia]), roomRes: Model.noResource, fixed: true) {
                    return .none
                }
                ia += 1
                for y in blockers where chainMark[y] != chainStamp {
                    if m.optPattern[m.option(y, s.time[y]).offset] != p2 { return .none }
                    guard let ty = m.timeOption(of: y, withPattern: p1), chainA.count + chainB.count < limit else {
                        return .none
                    }
                    chainMark[y] = chainStamp
                    chainB.append(y)
                    targetB.append(ty)
                }
            } else {
                let y = chainB[ib]
                if !collectBlockers(y, m.option(y, targetB[ib]), roomRes: Model.noResource, fixed: true) {
                    return .none
                }
                ib += 1
                for x in blockers where chainMark[x] != chainStamp {
                    if m.optPattern[m.option(x, s.time[x]).offset] != p1 { return .none }
                    guard let tx = m.timeOption(of: x, withPattern: p2), chainA.count + chainB.count < limit else {
                        return .none
                    }
                    chainMark[x] = chainStamp
                    chainA.append(x)
                    targetA.append(tx)
                }
            }
        }
        roomsA.removeAll(keepingCapacity: true)
        roomsB.removeAll(keepingCapacity: true)
        for x in chainA {
            roomsA.append(m.roomResourceOrNone(of: x, s.room[x]))
        }
        for y in chainB {
            roomsB.append(m.roomResourceOrNone(of: y, s.room[y]))
        }
        if s.hard == 0 && chainStaysApart(o, o2) {
            guard let delta = scoreChain() else { return .none }
            return .chain(delta: delta)
        }
        for x in chainA { take(x) }
        for y in chainB { take(y) }
        let placed =
            place(chainA, at: targetA, rooms: roomsA, partners: roomsB)
            && place(chainB, at: targetB, rooms: roomsB, partners: roomsA)
        return placed ? .applied : .none
    }

    /// Gives each event of one side of a Kempe chain (all taken off) its target time and
    /// a room: its own if free there, else its partner's (the event at the same position
    /// on the other side), else any free one. When one finds none, undoes the whole move
    /// and returns false.
    private mutating func place(_ chain: [Int], at targets: [Int], rooms: [Int], partners: [Int]) -> Bool {
        for (i, x) in chain.enumerated() {
            var r = Model.noOption
            if m.roomCount(x) > 0 {
                let partner = i < partners.count ? partners[i] : Model.noResource
                guard let free = freeRoom(x, m.option(x, targets[i]), preferred: rooms[i], partner) else {
                    undo()
                    return false
                }
                r = free
            }
            s.assign(x, targets[i], r)
        }
        return true
    }

    /// Whether the Kempe chain just built between global options `o` and `o2` can be
    /// scored before it is made: the two patterns share no moment (so no event of one side
    /// meets one of the other where they land) and no event of the chain has a
    /// precedence (which `collectBlockers` checked against the others where they are
    /// now, not where they go).
    func chainStaysApart(_ o: GlobalOption, _ o2: GlobalOption) -> Bool {
        for k in m.intervals(o) {
            for k2 in m.intervals(o2)
            where m.intervalDay(k) == m.intervalDay(k2) && m.intervalStart(k) < m.intervalEnd(k2)
                && m.intervalStart(k2) < m.intervalEnd(k)
            {
                return false
            }
        }
        for x in chainA where m.precBase[x] != m.precBase[x + 1] { return false }
        for y in chainB where m.precBase[y] != m.precBase[y + 1] { return false }
        return true
    }

    /// Chooses the rooms of the Kempe chain in `chainA` and `chainB` as `place` would
    /// once every event of the chain is taken off (into `chainRooms`) and returns the
    /// chain's soft delta, or nil when an event finds no room. Nothing changes: the group
    /// counters are changed and put back, as in `State.softDeltaOfMove`.
    mutating func scoreChain() -> Int? {
        chainRooms.removeAll(keepingCapacity: true)
        guard chooseRooms(chainA, at: targetA, rooms: roomsA, partners: roomsB),
            chooseRooms(chainB, at: targetB, rooms: roomsB, partners: roomsA)
        else { return nil }
        saveChainGroups()
        let delta = countChain(-1, landed: false) + countChain(1, landed: true)
        revertChain(1, landed: true)
        revertChain(-1, landed: false)
        s.restoreSavedGroups()
        return delta
    }

    /// Saves the cost and distinct count of every group of an event in the chain (`State.saveGroup`).
    private mutating func saveChainGroups() {
        for x in chainA { for j in m.memberBase[x]..<m.memberBase[x + 1] { s.saveGroup(m.memberGroup[j]) } }
        for y in chainB { for j in m.memberBase[y]..<m.memberBase[y + 1] { s.saveGroup(m.memberGroup[j]) } }
    }

    /// Takes back `countChain(sign, landed:)` in the counters alone, event by event in
    /// the reverse order (`State.revertCountInGroups`).
    private mutating func revertChain(_ sign: Int32, landed: Bool) {
        let na = chainA.count
        for i in (0..<(na + chainB.count)).reversed() {
            let (x, target, from) =
                i < na ? (chainA[i], targetA[i], roomsA[i]) : (chainB[i - na], targetB[i - na], roomsB[i - na])
            let movesRoom = m.roomResourceOrNone(of: x, chainRooms[i]) != from
            if landed {
                s.revertCountInGroups(x, target, chainRooms[i], sign, roomGroups: movesRoom)
            } else {
                s.revertCountInGroups(x, s.time[x], s.room[x], sign, roomGroups: movesRoom)
            }
        }
    }

    /// Counts every event of the chain `scoreChain` chose rooms for in (`sign` 1) or out
    /// of (-1) its groups' counters, where it is now or, if `landed`, where the chain
    /// takes it, and returns the soft delta. An event that keeps its room resource leaves
    /// its groups of rooms out: their counters end as they began either way.
    private mutating func countChain(_ sign: Int32, landed: Bool) -> Int {
        let na = chainA.count
        var delta = 0
        for i in 0..<(na + chainB.count) {
            let (x, target, from) =
                i < na ? (chainA[i], targetA[i], roomsA[i]) : (chainB[i - na], targetB[i - na], roomsB[i - na])
            let movesRoom = m.roomResourceOrNone(of: x, chainRooms[i]) != from
            delta +=
                landed
                ? s.countInGroups(x, target, chainRooms[i], sign, roomGroups: movesRoom)
                : s.countInGroups(x, s.time[x], s.room[x], sign, roomGroups: movesRoom)
        }
        return delta
    }

    /// Appends to `chainRooms` the room options `place` would give one side of the
    /// scored Kempe chain (`freeRoom` with the same preferences, free as it will be once
    /// the chain is taken off), or returns false when an event finds none.
    private mutating func chooseRooms(
        _ chain: [Int],
        at targets: [Int],
        rooms: [Int],
        partners: [Int]
    ) -> Bool {
        claimed.removeAll(keepingCapacity: true)
        for (i, x) in chain.enumerated() {
            if m.roomCount(x) == 0 {
                chainRooms.append(Model.noOption)
                continue
            }
            let partner = i < partners.count ? partners[i] : Model.noResource
            guard let room = freeRoom(x, m.option(x, targets[i]), preferred: rooms[i], partner, outsideChain: true)
            else { return false }
            chainRooms.append(room)
            claimed.append(m.roomResource(of: x, room))
        }
        return true
    }

    /// Whether room resource `res` is free for chain event `x` at global option `o` once
    /// the chain is taken off (held by no event outside it), and not `claimed` by an event
    /// of the same side (whose events all land on the same intervals).
    private func roomFreeOutsideChain(_ x: Int, _ o: GlobalOption, _ res: Int) -> Bool {
        if claimed.contains(res) { return false }
        for k in m.intervals(o) {
            let st = m.intervalStart(k)
            let en = m.intervalEnd(k)
            var q = s.head[m.bucket(res, m.intervalDay(k))]
            while q != State.endOfList {
                let entry = s.pool[Int(q)]
                let other = Int(entry.event)
                if other != x && chainMark[other] != chainStamp && entry.overlaps(st, en) { return false }
                q = entry.next
            }
        }
        return true
    }

    /// Makes the Kempe chain `scoreChain` scored, with the rooms it chose.
    mutating func makeChain() {
        for x in chainA { s.unassign(x) }
        for y in chainB { s.unassign(y) }
        for (i, x) in chainA.enumerated() { s.assign(x, targetA[i], chainRooms[i]) }
        for (i, y) in chainB.enumerated() { s.assign(y, targetB[i], chainRooms[chainA.count + i]) }
    }

    /// Simulated annealing: calibrate, run the moves, end on the best found. In three
    /// steps so that several chains can run it in lockstep (`ParallelAnnealing`).
    mutating func anneal() {
        guard startAnnealing() else { return }
        _ = annealMoves(until: nil)
        finishAnnealing()
    }

    /// Sets the starting temperature from sampled moves (each undone); false when
    /// nothing can move.
    mutating func startAnnealing() -> Bool {
        if movable.isEmpty { return false }
        initialTemperature = max(1e-9, calibrate() * parameters.initialTemperatureFactor)
        #if SOLVER_INTERNAL_CHECKS
        s.checkInvariants("after calibration (every trial move undone)")
        #endif
        return true
    }

    /// Tries moves until this chain's budget or the time limit ends the search (true)
    /// or `end` moves have been tried (false; `end` a multiple of `Search.stepMoves`).
    mutating func annealMoves(until end: Int?) -> Bool {
        let ratio = parameters.finalTemperatureRatio
        let horizon = parameters.timeLimit ?? 60
        var temperature = initialTemperature
        while true {
            if moves % Self.stepMoves == 0 {
                if let chainBudget, moves >= chainBudget { return true }
                if timeUp() { return true }
                if let end, moves >= end { return false }
                let progressFraction =
                    chainBudget.map { Double(moves) / Double(max(1, $0)) } ?? min(1, elapsed / horizon)
                temperature = initialTemperature * pow(ratio, progressFraction)
                report(.localSearch)
                #if SOLVER_INTERNAL_CHECKS
                if moves % Self.checkEveryMoves == 0 { s.checkInvariants("after \(moves) moves") }
                #endif
            }
            moves += 1
            let hardBefore = s.hard
            let softBefore = s.soft
            let unassignedBefore = s.unassigned
            switch tryMove() {
            case .none: continue
            case .single(let e, let t, let r):
                if accepts(s.softDeltaOfMove(e, to: t, r), at: temperature) {
                    s.move(e, to: t, r)
                    noteIfBest()
                }
                continue
            case .roomSwap(let e, let r, let f, let rf):
                if accepts(s.softDeltaOfRoomSwap(e, r, f, rf), at: temperature) {
                    s.tradeRooms(e, r, f, rf)
                    noteIfBest()
                }
                continue
            case .chain(let delta):
                if accepts(delta, at: temperature) {
                    makeChain()
                    #if SOLVER_INTERNAL_CHECKS
                    precondition(
                        s.hard == hardBefore && s.soft == softBefore + delta,
                        "Kempe chain scored \(delta), made \(s.soft - softBefore) (hard \(hardBefore) -> \(s.hard))"
                    )
                    #endif
                    noteIfBest()
                }
                continue
            case .applied: break
            }
            if s.hard > hardBefore {
                undo()
                continue
            }
            let delta = s.soft - softBefore
            let better = s.hard < hardBefore || s.unassigned < unassignedBefore
            if better || delta <= 0 || rng.unit() < exp(-Double(delta) / temperature) {
                if bestIsCurrent && !better && delta > 0 { saveBestBeforeLoggedMove() }
                noteIfBest()
            } else {
                undo()
            }
        }
    }

    /// Whether the annealing takes a move of hard effect nothing and soft delta `delta`;
    /// when it takes a worse one while the current state is the best, the best is saved
    /// first.
    mutating func accepts(_ delta: Int, at temperature: Double) -> Bool {
        guard delta <= 0 || rng.unit() < exp(-Double(delta) / temperature) else { return false }
        if bestIsCurrent && delta > 0 { saveBestNow() }
        return true
    }

    /// Puts the best assignment found back in place.
    mutating func finishAnnealing() {
        if !bestIsCurrent {
            load(time: best.time, room: best.room)
        }
        report(.done, force: true)
    }

    // MARK: chains

    /// The best score found so far: hard violations, unassigned events, soft total.
    var bestScore: (hard: Int, unassigned: Int, soft: Int) { (best.hard, best.unassigned, best.soft) }

    /// The best assignment found so far (time and room option per event).
    var bestValues: (time: [Int], room: [Int]) { bestIsCurrent ? (s.time, s.room) : (best.time, best.room) }

    /// Continues from another chain's best assignment, which becomes this chain's best.
    mutating func adopt(_ values: (time: [Int], room: [Int])) {
        load(time: values.time, room: values.room)
        best = (s.time, s.room, s.unassigned, s.hard, s.soft)
        bestIsCurrent = true
    }
}
