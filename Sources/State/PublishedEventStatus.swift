import GRDB

/// The STATUS a published event carried (the same words as iCalendar's; State does not
/// import ICal).
public enum PublishedEventStatus: String, Codable, Sendable, Hashable, CaseIterable {
    case confirmed = "CONFIRMED"
    case tentative = "TENTATIVE"
    case cancelled = "CANCELLED"
}

extension PublishedEventStatus: DatabaseValueConvertible {}
