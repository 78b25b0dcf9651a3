/// Scores an assignment from scratch, straight from the `Problem` and without any
/// of `State`'s bookkeeping: the reference the incremental score is checked
/// against in tests and debug builds, and the source of the per-part figures.
enum FullScorer {
    static func score(_ p: Problem, _ assignment: [Value?]) -> Score {
        var parts = [Int](repeating: 0, count: p.partNames.count)
        var unassigned = 0
        // Every (resource, interval, event) in use.
        var uses: [[(day: Int, start: Int, end: Int, event: Int)]] = Array(repeating: [], count: p.resourceCount)
        for (e, ev) in p.events.enumerated() {
            guard let v = assignment[e] else {
                unassigned += 1
                continue
            }
            let opt = ev.timeOptions[v.time]
            for c in opt.costs { parts[c.part] += c.amount }
            var resources = ev.resources
            if let r = v.room {
                let room = ev.roomOptions[r]
                for c in room.costs { parts[c.part] += c.amount }
                resources.append(room.resource)
            }
            for r in resources {
                for iv in opt.intervals { uses[r].append((iv.day, iv.start, iv.end, e)) }
            }
        }
        var overlaps = 0
        for list in uses {
            for i in list.indices {
                for j in list.indices where j > i {
                    let a = list[i]
                    let b = list[j]
                    if a.event != b.event && a.day == b.day && a.start < b.end && b.start < a.end { overlaps += 1 }
                }
            }
        }
        var precedence = 0
        for pr in p.precedences {
            guard let a = assignment[pr.before], let b = assignment[pr.after] else { continue }
            let end = p.events[pr.before].timeOptions[a.time].intervals.map(\.end).max()!
            let start = p.events[pr.after].timeOptions[b.time].intervals.map(\.start).min()!
            if end > start { precedence += 1 }
        }
        for g in p.groups {
            var intervals: [Interval] = []
            var rooms = Set<Int>()
            for e in g.events {
                guard let v = assignment[e] else { continue }
                intervals += p.events[e].timeOptions[v.time].intervals
                if let r = v.room { rooms.insert(p.events[e].roomOptions[r].resource) }
            }
            var cost = 0
            switch g.kind {
            case .minimumDistinctDays(let minimum):
                cost = max(0, minimum - Set(intervals.map(\.day)).count)
            case .isolatedIntervals:
                var at: [Int: Int] = [:]  // day * slots + slot -> count
                let s = max(1, p.slotsPerDay)
                for iv in intervals { at[iv.day * s + iv.slot, default: 0] += 1 }
                for iv in intervals {
                    let before = iv.slot > 0 ? at[iv.day * s + iv.slot - 1, default: 0] : 0
                    let after = iv.slot < s - 1 ? at[iv.day * s + iv.slot + 1, default: 0] : 0
                    if before == 0 && after == 0 { cost += 1 }
                }
            case .sameRoom:
                cost = max(0, rooms.count - 1)
            case .maximumIntervalsPerDay(let maximum):
                var perDay: [Int: Int] = [:]
                for iv in intervals { perDay[iv.day, default: 0] += 1 }
                for c in perDay.values { cost += max(0, c - maximum) }
            case .maximumDaysPerWeek(let maximum, let daysPerWeek, let offset):
                var perWeek: [Int: Set<Int>] = [:]
                for iv in intervals {
                    let x = iv.day + offset
                    let week = x >= 0 ? x / daysPerWeek : -((-x + daysPerWeek - 1) / daysPerWeek)
                    perWeek[week, default: []].insert(iv.day)
                }
                for days in perWeek.values { cost += max(0, days.count - maximum) }
            }
            parts[g.part] += cost * g.weight
        }
        return Score(
            overlaps: overlaps,
            precedenceViolations: precedence,
            unassigned: unassigned,
            soft: parts.reduce(0, +),
            parts: parts
        )
    }
}
