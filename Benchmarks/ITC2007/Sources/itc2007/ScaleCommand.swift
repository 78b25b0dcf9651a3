import ArgumentParser
import Foundation
import Solver

/// A synthetic problem the size of the party's plan, to measure the engine where
/// the planner will use it: circles as series of weekly evenings, leaders on at
/// most two evenings a week, associations with one circle per evening.
struct ScaleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scale",
        abstract: "Solve a generated planner-sized problem and print timings.",
        discussion: "Deterministic for a seed and --moves; prints construction and total time."
    )

    @Option(help: "Events (circles).") var events = 3000
    @Option(help: "Members per circle (resources besides the leader).") var members = 8
    @Option(help: "Persons (member resources).") var persons = 28_000
    @Option(help: "Leaders.") var leaders = 1000
    @Option(help: "Rooms in all; each circle may use 20 of them.") var rooms = 200
    @Option(help: "Move budget.") var moves = 1_000_000
    @Option(help: "Time limit (cap) in seconds.") var timeLimit: Double = 30
    @Option(help: "Random seed.") var seed: UInt64 = 1

    func run() throws {
        var x = seed
        func next(_ n: Int) -> Int {
            x = x &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((x >> 33) % UInt64(n))
        }
        let evening = [17 * 60 + 30, 18 * 60 + 30, 19 * 60]
        let started = Date()
        var list: [Event] = []
        var leaderCircles = [[Int]](repeating: [], count: leaders)
        var associationCircles = [[Int]](repeating: [], count: 100)
        for e in 0..<events {
            let sessions = 4 + next(7)
            var times: [TimeOption] = []
            for weekday in 0..<5 {
                for week in 0..<16 {
                    for (k, minute) in evening.enumerated() {
                        let intervals = (0..<sessions).map { s in
                            let day = (week + s) * 7 + weekday
                            return Interval(
                                start: day * 1440 + minute,
                                end: day * 1440 + minute + 150,
                                day: day,
                                slot: 0
                            )
                        }
                        times.append(TimeOption(intervals: intervals, costs: [SoftCost(part: 0, amount: k + week / 4)]))
                    }
                }
            }
            let firstRoom = next(rooms)
            let roomOptions = (0..<20).map { i in
                RoomOption(resource: (firstRoom + i * 7) % rooms, costs: [SoftCost(part: 1, amount: i)])
            }
            let leader = next(leaders)
            leaderCircles[leader].append(e)
            associationCircles[next(100)].append(e)
            var people = Set([rooms + leader])
            while people.count < members + 1 { people.insert(rooms + leaders + next(persons)) }
            list.append(Event(timeOptions: times, roomOptions: roomOptions, resources: people.sorted()))
        }
        var groups: [GroupConstraint] = []
        for circles in leaderCircles where circles.count > 1 {
            groups.append(
                GroupConstraint(
                    kind: .maximumDaysPerWeek(2, daysPerWeek: 7, firstDayOffset: 0),
                    events: circles,
                    weight: 10,
                    part: 2
                )
            )
        }
        for circles in associationCircles where circles.count > 1 {
            groups.append(GroupConstraint(kind: .maximumIntervalsPerDay(1), events: circles, weight: 3, part: 3))
        }
        let problem = Problem(
            resourceCount: rooms + leaders + persons,
            slotsPerDay: 1,
            events: list,
            groups: groups,
            partNames: ["time", "room", "leaderDays", "associationEvening"]
        )
        let built = Date().timeIntervalSince(started)
        let solver = try Solver(problem)
        let compiled = Date().timeIntervalSince(started) - built
        let solution = solver.solve(Parameters(seed: seed, moveBudget: moves, timeLimit: timeLimit))
        print(
            String(
                format: "generated %.1fs, compiled %.1fs, construction %.1fs (%d steps), total %.1fs, moves %d",
                built,
                compiled,
                solution.constructionElapsed,
                solution.constructionSteps,
                solution.elapsed,
                solution.moves
            )
        )
        print("score: \(solution.score)")
    }
}
