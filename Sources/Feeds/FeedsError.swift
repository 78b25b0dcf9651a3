/// What can stop a publication, with the circle, session, file or folder concerned, in words
/// for the study organiser. Whatever the error, the published folder is left as it was.
public enum FeedsError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The schedule names a course, venue or room the workspace does not have (the
    /// workspace changed since the plan was made).
    case unknownReference(circle: String, kind: String, id: String)
    /// libical refused an event or a calendar.
    case calendar(feed: String, reason: String)
    /// The private state could not be read or written.
    case state(reason: String)
    /// A file or folder could not be written, moved or removed.
    case file(path: String, operation: String, reason: String)
    /// The base URL of the links is not an http(s) URL.
    case badBaseURL(String)
    /// A page template or the stylesheet could not be read or parsed.
    case template(name: String, reason: String)
    /// A public page could not be made (its QR code, for one).
    case page(path: String, reason: String)

    public var description: String {
        switch self {
        case .unknownReference(let circle, let kind, let id):
            return
                "circle \(circle): the plan names \(kind) '\(id)', which the workspace no longer has; plan again with `circles publish --replan`"
        case .calendar(let feed, let reason):
            return "\(feed): \(reason)"
        case .state(let reason):
            return reason
        case .file(let path, let operation, let reason):
            return "\(path): cannot \(operation): \(reason); the published calendars were left as they were"
        case .badBaseURL(let text):
            return "the base URL '\(text)' is not an http:// or https:// address (e.g. https://kalender.example.org)"
        case .template(let name, let reason):
            return "page template \(name): \(reason); reinstall circles (its templates ship with the binary)"
        case .page(let path, let reason):
            return "page \(path): \(reason)"
        }
    }
}
