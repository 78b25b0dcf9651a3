import Catalogue

/// Why attendance was not recorded. Any of these means nothing was stored.
public enum AttendanceRecordingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The circle has no session with this number.
    case unknownSession(circle: Circle.ID, session: Int, known: [Int])
    /// Someone named present is not a participant of the circle.
    case notInCircle(circle: Circle.ID, people: [String])
    /// The ticked list could not be read (file, line and what is wrong).
    case list(AttendanceImportError)
    /// The list file could not be read at all.
    case unreadableFile(path: String, reason: String)
    /// The list names no circle (no `Cirkel` line before the table).
    case noCircleInList(file: String)
    /// The private store refused or failed; the transaction was rolled back.
    case store(String)

    public var description: String {
        switch self {
        case let .unknownSession(circle, session, known):
            let range =
                known.isEmpty
                ? "it has no sessions" : "its sessions are " + known.map(String.init).joined(separator: ", ")
            return "circle \(circle) has no session \(session) (\(range)); nothing was recorded"
        case let .notInCircle(circle, people):
            return "not participants of circle \(circle): \(people.joined(separator: ", ")); nothing was recorded"
        case let .list(error):
            return error.description
        case let .unreadableFile(path, reason):
            return "\(path): cannot be read: \(reason); nothing was imported"
        case let .noCircleInList(file):
            return
                "\(file): no line names the circle (\"Cirkel,<id>\" before the table); is this a list exported by circles? nothing was imported"
        case let .store(reason):
            return "\(reason); nothing was recorded"
        }
    }
}
