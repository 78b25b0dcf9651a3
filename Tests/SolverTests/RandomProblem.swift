@testable import Solver

/// Small random problems using every feature of the model, for property tests.
enum RandomProblem {
    static func make(seed: UInt64, events n: Int = 24, pins: Int = 0) -> Problem {
        var rng = RandomSource(seed: seed)
        let days = 4
        let slots = 4
        let resources = 10
        let rooms = 3
        let parts = ["time", "room", "days", "compact", "sameRoom", "perDay", "perWeek"]
        var events: [Event] = []
        for _ in 0..<n {
            var times: [TimeOption] = []
            for _ in 0..<(1 + rng.below(6)) {
                var intervals: [Interval] = []
                let count = 1 + rng.below(3)
                var usedDays = Set<Int>()
                for _ in 0..<count {
                    let day = rng.below(days)
                    if usedDays.contains(day) { continue }
                    usedDays.insert(day)
                    let slot = rng.below(slots)
                    // Units: 100 per day, 10 per slot; lengths 5..20 so neighbours can overlap.
                    let start = day * 100 + slot * 10 + rng.below(5)
                    intervals.append(Interval(start: start, end: start + 5 + rng.below(16), day: day, slot: slot))
                }
                times.append(TimeOption(intervals: intervals, costs: [SoftCost(part: 0, amount: rng.below(4))]))
            }
            var roomOptions: [RoomOption] = []
            if rng.below(4) > 0 {
                for r in 0..<rooms where rng.below(3) > 0 {
                    roomOptions.append(
                        RoomOption(resource: resources + r, costs: [SoftCost(part: 1, amount: rng.below(3))])
                    )
                }
            }
            var fixed = Set<Int>()
            for _ in 0..<rng.below(3) { fixed.insert(rng.below(resources)) }
            events.append(Event(timeOptions: times, roomOptions: roomOptions, resources: fixed.sorted()))
        }
        for k in 0..<pins {
            let e = k * 3 % n
            let room: Int? = events[e].roomOptions.isEmpty ? nil : 0
            events[e].pinned = Value(time: rng.below(events[e].timeOptions.count), room: room)
        }
        let groups = randomGroups(
            10,
            of: n,
            perWeek: .maximumDaysPerWeek(1, daysPerWeek: 2, firstDayOffset: 1),
            draws: 2..<7,
            &rng
        )
        var precedences: [Precedence] = []
        for _ in 0..<4 {
            let a = rng.below(n)
            let b = rng.below(n)
            if a != b { precedences.append(Precedence(before: a, after: b)) }
        }
        return Problem(
            resourceCount: resources + rooms,
            slotsPerDay: slots,
            events: events,
            groups: groups,
            precedences: precedences,
            partNames: parts
        )
    }

    /// A random timetable: every event takes one of the same periods (so events can
    /// trade times and Kempe chains grow long), shares teachers and classes with others,
    /// needs one of a few rooms, and belongs to groups of every kind; no precedence and
    /// no pin.
    static func timetable(seed: UInt64, events n: Int = 60) -> Problem {
        var rng = RandomSource(seed: seed)
        let days = 5
        let slots = 4
        let people = 12
        let rooms = 4
        let periods = (0..<(days * slots)).map { p in
            Interval(start: p, end: p + 1, day: p / slots, slot: p % slots)
        }
        var events: [Event] = []
        for _ in 0..<n {
            let times = periods.filter { _ in rng.below(5) > 0 }.map { interval in
                TimeOption(intervals: [interval], costs: [SoftCost(part: 0, amount: rng.below(2))])
            }
            let roomOptions = (0..<rooms).map {
                RoomOption(resource: people + $0, costs: [SoftCost(part: 1, amount: rng.below(3))])
            }
            let fixed = Set([rng.below(people), rng.below(people)]).sorted()
            events.append(Event(timeOptions: times, roomOptions: roomOptions, resources: fixed))
        }
        let groups = randomGroups(
            20,
            of: n,
            perWeek: .maximumDaysPerWeek(2, daysPerWeek: 5, firstDayOffset: 0),
            draws: 2..<8,
            &rng
        )
        return Problem(
            resourceCount: people + rooms,
            slotsPerDay: slots,
            events: events,
            groups: groups,
            partNames: ["time", "room", "days", "compact", "sameRoom", "perDay", "perWeek"]
        )
    }

    /// `count` groups over `n` events, of each kind in turn (parts 2 to 6, the days-per-week
    /// kind as given), each of a number of member draws in `draws` (repeats fall together)
    /// and a weight of 1 to 3.
    private static func randomGroups(
        _ count: Int,
        of n: Int,
        perWeek: GroupConstraint.Kind,
        draws: Range<Int>,
        _ rng: inout RandomSource
    ) -> [GroupConstraint] {
        let kinds: [(GroupConstraint.Kind, Int)] = [
            (.minimumDistinctDays(3), 2), (.isolatedIntervals, 3), (.sameRoom, 4), (.maximumIntervalsPerDay(1), 5),
            (perWeek, 6),
        ]
        return (0..<count).map { g in
            let (kind, part) = kinds[g % kinds.count]
            var members = Set<Int>()
            for _ in 0..<(draws.lowerBound + rng.below(draws.count)) { members.insert(rng.below(n)) }
            return GroupConstraint(kind: kind, events: members.sorted(), weight: 1 + rng.below(3), part: part)
        }
    }
}
