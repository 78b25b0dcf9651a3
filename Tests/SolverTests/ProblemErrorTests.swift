import Testing

@testable import Solver

/// Every kind of bad index the engine refuses, with the error it names, one problem each.
@Suite struct ProblemErrorTests {
    static let interval = Interval(start: 0, end: 1, day: 0)
    static let time = TimeOption(intervals: [interval])

    static func problem(
        _ events: [Event],
        groups: [GroupConstraint] = [],
        precedences: [Precedence] = []
    ) -> Problem {
        Problem(
            resourceCount: 2,
            slotsPerDay: 1,
            events: events,
            groups: groups,
            precedences: precedences,
            partNames: ["a"]
        )
    }

    static let cases: [(Problem, ProblemError)] = [
        (problem([Event(timeOptions: [])]), .noTimeOption(event: 0)),
        (
            problem([Event(timeOptions: [time]), Event(timeOptions: [time, TimeOption(intervals: [])])]),
            .noInterval(event: 1, option: 1)
        ),
        (
            problem([Event(timeOptions: [TimeOption(intervals: [Interval(start: 1, end: 1, day: 0)])])]),
            .emptyInterval(event: 0, option: 0, interval: Interval(start: 1, end: 1, day: 0))
        ),
        (
            problem([Event(timeOptions: [time, TimeOption(intervals: [Interval(start: 0, end: 1 << 31, day: 0)])])]),
            .intervalOutOfRange(event: 0, option: 1, interval: Interval(start: 0, end: 1 << 31, day: 0))
        ),
        (
            problem([Event(timeOptions: [TimeOption(intervals: [Interval(start: 0, end: 1, day: 0, slot: 2)])])]),
            .slotOutOfRange(event: 0, option: 0, slot: 2, slotsPerDay: 1)
        ),
        // The time option's cost comes before the room in the same event.
        (
            problem([
                Event(
                    timeOptions: [TimeOption(intervals: [interval], costs: [SoftCost(part: 1, amount: 1)])],
                    roomOptions: [RoomOption(resource: 5)]
                )
            ]),
            .partOutOfRange(part: 1, partCount: 1, at: .timeOption(event: 0, option: 0))
        ),
        (
            problem([Event(timeOptions: [time], roomOptions: [RoomOption(resource: 1), RoomOption(resource: 5)])]),
            .resourceOutOfRange(resource: 5, resourceCount: 2, at: .roomOption(event: 0, option: 1))
        ),
        (
            problem([
                Event(
                    timeOptions: [time],
                    roomOptions: [RoomOption(resource: 1, costs: [SoftCost(part: -1, amount: 1)])]
                )
            ]),
            .partOutOfRange(part: -1, partCount: 1, at: .roomOption(event: 0, option: 0))
        ),
        (
            problem([Event(timeOptions: [time], resources: [3])]),
            .resourceOutOfRange(resource: 3, resourceCount: 2, at: .event(0))
        ),
        (problem([Event(timeOptions: [time], resources: [0, 0])]), .duplicateResource(event: 0)),
        (
            problem([Event(timeOptions: [time], pinned: Value(time: 1, room: nil))]),
            .pinnedTimeOutOfRange(event: 0, time: 1, timeOptionCount: 1)
        ),
        (
            problem([Event(timeOptions: [time], pinned: Value(time: 0, room: 0))]),
            .pinnedRoomNotNeeded(event: 0, room: 0)
        ),
        (
            problem([
                Event(timeOptions: [time], roomOptions: [RoomOption(resource: 1)], pinned: Value(time: 0, room: nil))
            ]),
            .pinnedRoomMissing(event: 0, room: nil, roomOptionCount: 1)
        ),
        (
            problem([Event(timeOptions: [time])], precedences: [Precedence(before: 0, after: 0)]),
            .invalidPrecedence(index: 0, before: 0, after: 0)
        ),
        (
            problem(
                [Event(timeOptions: [time])],
                groups: [GroupConstraint(kind: .sameRoom, events: [0], weight: 1, part: 2)]
            ),
            .partOutOfRange(part: 2, partCount: 1, at: .group(0))
        ),
        (
            problem(
                [Event(timeOptions: [time])],
                groups: [GroupConstraint(kind: .sameRoom, events: [0, 0], weight: 1, part: 0)]
            ),
            .duplicateMember(group: 0)
        ),
        (
            problem(
                [Event(timeOptions: [time])],
                groups: [GroupConstraint(kind: .sameRoom, events: [0, 4], weight: 1, part: 0)]
            ),
            .memberOutOfRange(group: 0, event: 4)
        ),
        (
            problem(
                [Event(timeOptions: [time])],
                groups: [
                    GroupConstraint(
                        kind: .maximumDaysPerWeek(1, daysPerWeek: 0, firstDayOffset: 0),
                        events: [0],
                        weight: 1,
                        part: 0
                    )
                ]
            ), .nonPositiveDaysPerWeek(group: 0, daysPerWeek: 0)
        ),
    ]

    @Test(arguments: cases)
    func refused(problem: Problem, error: ProblemError) {
        #expect(throws: error) { try Solver(problem) }
    }

    @Test func messagesNameTheIndexInTheProblem() {
        #expect(
            ProblemError.resourceOutOfRange(resource: 3, resourceCount: 1, at: .event(0)).description
                == "event 0: resource 3 out of range"
        )
        #expect(
            ProblemError.partOutOfRange(part: 4, partCount: 2, at: .roomOption(event: 7, option: 1)).description
                == "event 7 room option 1: part 4 is not in partNames"
        )
        #expect(
            ProblemError.slotOutOfRange(event: 2, option: 0, slot: 9, slotsPerDay: 4).description
                == "event 2 time option 0: slot 9 outside 0..<4"
        )
        #expect(
            ProblemError.invalidPrecedence(index: 1, before: 3, after: 3).description
                == "precedence 1: bad events 3 -> 3"
        )
    }
}
