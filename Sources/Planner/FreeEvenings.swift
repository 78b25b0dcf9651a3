import Catalogue

/// The weekly "evenings" a course can meet on, and which of them each person is free
/// on, as bit masks, so that formation can group people who share one before any
/// time is chosen.
///
/// An evening is a window of the course and the weekday its sessions start on (for a
/// course on consecutive days: the first of them, all of which must lie in the window).
/// A person is free on it unless a weekday or weekly-hours entry of `unavailable`
/// rules out every start time that fits; single dates and date ranges are left to the
/// series, which can move a session or start later around them. A group whose masks
/// share no bit cannot have a common series, which is what formation must never make.
struct FreeEvenings: Sendable {
    /// One evening: a window's weekdays from `first`, `days` long.
    struct Slot: Sendable, Equatable {
        let window: TimeWindow
        /// The weekdays the sessions of one week fall on (one, or consecutive ones).
        let days: [Weekday]
        /// Start times that fit the window, in steps of 30 minutes.
        let starts: [LocalTime]
    }

    let slots: [Slot]
    /// Every slot set.
    let all: UInt64
    private let length: Int

    init(course: Course, workspace: Workspace) {
        length = course.length
        var slots: [Slot] = []
        for window in workspace.windows(of: course) where window.minutes >= course.length {
            var starts: [LocalTime] = []
            var start = window.from
            while start.minutesSinceMidnight + course.length <= window.to.minutesSinceMidnight {
                starts.append(start)
                start = start.adding(minutes: 30)
            }
            for first in window.days {
                var days = [first]
                if course.cadence == .days {
                    days = (0..<max(1, course.sessions)).map { Self.weekday(first.rawValue + $0) }
                    guard days.allSatisfy(window.includes) else { continue }
                }
                slots.append(Slot(window: window, days: days, starts: starts))
            }
        }
        self.slots = Array(slots.prefix(64))
        all = self.slots.isEmpty ? 0 : UInt64.max >> (64 - self.slots.count)
    }

    /// The slots `person` is free on (every slot for someone without weekly limits).
    func mask(of person: Person?) -> UInt64 {
        guard let person, person.unavailable.contains(where: Self.isWeekly) else { return all }
        var mask: UInt64 = 0
        for (bit, slot) in slots.enumerated() where isFree(person, on: slot) { mask |= 1 << UInt64(bit) }
        return mask
    }

    /// "mon, wed 18:00–21:30": the slots of `mask`, for reasons.
    func describe(_ mask: UInt64) -> String {
        slots.enumerated().filter { mask & (1 << UInt64($0.offset)) != 0 }.map { _, slot in
            slot.days.map(\.code).joined(separator: "+")
        }.joined(separator: ", ")
    }

    private func isFree(_ person: Person, on slot: Slot) -> Bool {
        slot.starts.contains { start in
            let end = start.adding(minutes: length)
            return slot.days.allSatisfy { day in
                !person.unavailable.contains { entry in
                    switch entry {
                    case .weekday(let blocked): blocked == day
                    case .hours(let blocked, let from, let to): blocked == day && start < to && from < end
                    case .date, .dates: false
                    }
                }
            }
        }
    }

    private static func isWeekly(_ entry: Person.Unavailability) -> Bool {
        switch entry {
        case .weekday, .hours: true
        case .date, .dates: false
        }
    }

    /// Weekday `n` counted from Monday = 1, wrapping after Sunday.
    private static func weekday(_ n: Int) -> Weekday {
        Weekday(rawValue: (n - 1) % 7 + 1) ?? .mon
    }
}
