import Foundation

/// "I cannot come" to one meeting of a circle, told on the personal page; the leader's list
/// shows it. Undoing it deletes it.
public struct Absence: Sendable, Hashable, Codable {
    public var person: String
    public var circle: String
    /// 1-based session number.
    public var session: Int
    public var notedAt: Date

    public init(person: String, circle: String, session: Int, notedAt: Date) {
        self.person = person
        self.circle = circle
        self.session = session
        self.notedAt = notedAt
    }
}
