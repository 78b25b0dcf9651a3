import Solver

/// ITC-2007 onto the generic engine: one event per lecture, one time option per
/// available period (one interval: start = period, day = period / periodsPerDay,
/// slot = period within day), every room as a room option with its capacity
/// shortfall as unary cost. Resources: rooms, then teachers, then curricula, so
/// two lectures of one teacher or curriculum cannot share a period.
/// Groups: per course MinimumWorkingDays (weight 5) and RoomStability (1); per
/// curriculum CurriculumCompactness (isolated intervals, weight 2).
public struct Mapping: Sendable {
    public static let partNames = ["RoomCapacity", "MinimumWorkingDays", "CurriculumCompactness", "RoomStability"]

    public let instance: Instance
    public let problem: Problem
    /// Course of each event.
    public let courseOfEvent: [Int]
    /// Periods (day * periodsPerDay + period) of each course's time options, in option order.
    public let periodsOfCourse: [[Int]]

    public init(_ instance: Instance) {
        self.instance = instance
        let ppd = instance.periodsPerDay
        let rooms = instance.rooms.count
        var teacherIndex: [String: Int] = [:]
        for c in instance.courses where teacherIndex[c.teacher] == nil { teacherIndex[c.teacher] = teacherIndex.count }
        let curriculumBase = rooms + teacherIndex.count
        var curriculaOfCourse = [[Int]](repeating: [], count: instance.courses.count)
        for (k, cu) in instance.curricula.enumerated() {
            for c in Set(cu.courses).sorted() { curriculaOfCourse[c].append(k) }
        }
        var forbidden = Set<Int>()
        for u in instance.unavailability { forbidden.insert(u.course * instance.periods + u.day * ppd + u.period) }

        var events: [Event] = []
        var courseOfEvent: [Int] = []
        var periodsOfCourse: [[Int]] = []
        var lecturesOfCourse = [[Int]](repeating: [], count: instance.courses.count)
        for (c, course) in instance.courses.enumerated() {
            let periods = (0..<instance.periods).filter { !forbidden.contains(c * instance.periods + $0) }
            periodsOfCourse.append(periods)
            let times = periods.map { p in
                TimeOption(intervals: [Interval(start: p, end: p + 1, day: p / ppd, slot: p % ppd)])
            }
            let roomOptions = instance.rooms.enumerated().map { r, room in
                RoomOption(resource: r, costs: [SoftCost(part: 0, amount: max(0, course.students - room.capacity))])
            }
            let resources = [rooms + teacherIndex[course.teacher]!] + curriculaOfCourse[c].map { curriculumBase + $0 }
            for _ in 0..<course.lectures {
                lecturesOfCourse[c].append(events.count)
                courseOfEvent.append(c)
                events.append(Event(timeOptions: times, roomOptions: roomOptions, resources: resources))
            }
        }
        var groups: [GroupConstraint] = []
        for (c, course) in instance.courses.enumerated() where !lecturesOfCourse[c].isEmpty {
            groups.append(
                GroupConstraint(
                    kind: .minimumDistinctDays(course.minWorkingDays),
                    events: lecturesOfCourse[c],
                    weight: 5,
                    part: 1
                )
            )
            groups.append(GroupConstraint(kind: .sameRoom, events: lecturesOfCourse[c], weight: 1, part: 3))
        }
        for cu in instance.curricula {
            let members = Set(cu.courses).sorted().flatMap { lecturesOfCourse[$0] }
            groups.append(GroupConstraint(kind: .isolatedIntervals, events: members, weight: 2, part: 2))
        }
        problem = Problem(
            resourceCount: curriculumBase + instance.curricula.count,
            slotsPerDay: ppd,
            events: events,
            groups: groups,
            partNames: Self.partNames
        )
        self.courseOfEvent = courseOfEvent
        self.periodsOfCourse = periodsOfCourse
    }

    /// The solution file text (`course room day period` per assigned lecture, in event order).
    public func solutionText(_ assignment: [Value?]) -> String {
        var out = ""
        for (e, v) in assignment.enumerated() {
            guard let v, let r = v.room else { continue }
            let c = courseOfEvent[e]
            let p = periodsOfCourse[c][v.time]
            out +=
                "\(instance.courses[c].name) \(instance.rooms[r].name) \(p / instance.periodsPerDay) \(p % instance.periodsPerDay)\n"
        }
        return out
    }
}
