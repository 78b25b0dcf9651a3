/// Days on which no session takes place (`plan.yaml` `blackouts`), such as an
/// election day. With `unless_tag`, courses carrying that tag are exempt: the
/// election campaign blocks other courses but not the election trainings.
public struct Blackout: Hashable, Sendable {
    public let dates: DateRange
    public let reason: String
    /// Courses with this tag may still meet on these days.
    public let unlessTag: String?
    public let location: SourceLocation

    public init(dates: DateRange, reason: String, unlessTag: String?, location: SourceLocation) {
        self.dates = dates
        self.reason = reason
        self.unlessTag = unlessTag
        self.location = location
    }

    /// Whether the blackout blocks `date` for a course with `tags`.
    public func blocks(_ date: LocalDate, forCourseTags tags: [String]) -> Bool {
        guard dates.contains(date) else { return false }
        if let unlessTag, tags.contains(unlessTag) { return false }
        return true
    }
}
