/// The four kinds of public calendar, each with a page and a feed per id.
///
/// The raw value is the folder name and the URL path segment of both: `/courses/<id>` (the
/// page) and `/calendars/courses/<id>.ics` (the feed).
public enum PublishedKind: String, CaseIterable, Sendable, Hashable {
    case courses
    case circles
    case associations
    case venues
}
