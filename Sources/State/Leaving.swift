import Foundation

/// A member left a circle on their personal page: at the next plan they are out of it and
/// their request for `course` is gone.
public struct Leaving: Sendable, Hashable, Codable {
    public var person: String
    public var circle: String
    public var course: String
    public var leftAt: Date

    public init(person: String, circle: String, course: String, leftAt: Date) {
        self.person = person
        self.circle = circle
        self.course = course
        self.leftAt = leftAt
    }
}
