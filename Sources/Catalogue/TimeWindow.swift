/// A named time window (`plan.yaml` `windows`): on which weekdays and between
/// which times sessions of the courses that name it may take place.
public struct TimeWindow: Hashable, Sendable, Identifiable {
    public typealias ID = Identifier<TimeWindow>

    public let id: ID
    /// The weekdays, sorted Monday first, without repeats.
    public let days: [Weekday]
    public let from: LocalTime
    public let to: LocalTime
    public let location: SourceLocation

    public init(id: ID, days: [Weekday], from: LocalTime, to: LocalTime, location: SourceLocation) {
        self.id = id
        self.days = Array(Set(days)).sorted()
        self.from = from
        self.to = to
        self.location = location
    }

    /// Length of the window in minutes: the longest session that fits in it.
    public var minutes: Int { to.minutesSinceMidnight - from.minutesSinceMidnight }

    /// Whether sessions may take place on `weekday`.
    public func includes(_ weekday: Weekday) -> Bool { days.contains(weekday) }
}

/// `Window.ID` reads as the spec writes it (`windows: [evening]`).
public typealias Window = TimeWindow
