import Foundation

/// One file of the published set: its path inside `Calendars/` and its bytes.
public struct FeedFile: Sendable, Hashable {
    /// E.g. `courses/feministisk-grundkurs.ics`, `people/<token>.ics`, `index.html`.
    public var path: String
    public var data: Data
    /// Private files (people/) are written with mode 0600 in a 0700 folder.
    public var isPrivate: Bool

    public init(path: String, data: Data, isPrivate: Bool) {
        self.path = path
        self.data = data
        self.isPrivate = isPrivate
    }
}
