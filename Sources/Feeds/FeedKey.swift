import PublishedLayout

/// One calendar file: its kind and the id it is about. Its `key` (`courses/x`) names it in
/// State; its file path differs only for private feeds, which are named by token.
public enum FeedKey: Sendable, Hashable, Comparable {
    case course(String)
    case circle(String)
    case association(String)
    case venue(String)
    /// A person's own sessions: private, written as `people/<token>.ics`.
    case person(String)

    /// `courses/<id>` ... `people/<person id>`, as kept in State.
    public var key: String {
        switch self {
        case .course(let id): "courses/\(id)"
        case .circle(let id): "circles/\(id)"
        case .association(let id): "associations/\(id)"
        case .venue(let id): "venues/\(id)"
        case .person(let id): "people/\(id)"
        }
    }

    /// Reads a `key` back; nil for anything else.
    public init?(key: String) {
        let parts = key.split(separator: "/", maxSplits: 1).map(String.init)
        guard parts.count == 2, !parts[1].isEmpty else { return nil }
        switch parts[0] {
        case "courses": self = .course(parts[1])
        case "circles": self = .circle(parts[1])
        case "associations": self = .association(parts[1])
        case "venues": self = .venue(parts[1])
        case "people": self = .person(parts[1])
        default: return nil
        }
    }

    /// Where a public feed is in the published folder (`calendars/courses/x.ics`, see
    /// `PublishedLayout`); nil for a private one, whose file is named by its token.
    public var publishedFile: String? {
        switch self {
        case .course(let id): PublishedLayout.feedFile(.courses, id: id)
        case .circle(let id): PublishedLayout.feedFile(.circles, id: id)
        case .association(let id): PublishedLayout.feedFile(.associations, id: id)
        case .venue(let id): PublishedLayout.feedFile(.venues, id: id)
        case .person: nil
        }
    }

    public var isPrivate: Bool {
        if case .person = self { return true }
        return false
    }

    /// Ordered as their `key`s (`associations/` < `circles/` < `courses/` < `people/` <
    /// `venues/`, then by id), without building the key strings.
    public static func < (lhs: FeedKey, rhs: FeedKey) -> Bool {
        (lhs.folderRank, lhs.id) < (rhs.folderRank, rhs.id)
    }

    private var folderRank: Int {
        switch self {
        case .association: 0
        case .circle: 1
        case .course: 2
        case .person: 3
        case .venue: 4
        }
    }

    private var id: String {
        switch self {
        case .course(let id), .circle(let id), .association(let id), .venue(let id), .person(let id): id
        }
    }
}
