/// The STATUS of a VEVENT. A session that leaves the plan is published once more as
/// `cancelled` so that subscribed calendars remove it (see DESIGN.md).
public enum ICalEventStatus: String, Sendable, Hashable, CaseIterable {
    case confirmed = "CONFIRMED"
    case tentative = "TENTATIVE"
    case cancelled = "CANCELLED"
}
