import Foundation
import ICal

/// What one person's page (`/p/<token>`) shows of the plan, as the publish that wrote their
/// private feed saw it. `circles publish` writes it as `people/<token>.json` (mode 0600) in
/// the same swap as the feeds, and `circles serve` reads it: the page and the feed always
/// tell the same story, and the server needs no planner.
public struct PersonalPlan: Codable, Sendable, Equatable {
    public static let currentFormat = "circles-personal/1"

    public var format: String
    public var person: String
    public var name: String
    /// The circles the person takes part in or leads, the one with the next session first.
    public var circles: [Circle]
    /// Requests that are in no circle, with the planner's reason.
    public var waiting: [Waiting]

    public init(format: String = currentFormat, person: String, name: String, circles: [Circle], waiting: [Waiting]) {
        self.format = format
        self.person = person
        self.name = name
        self.circles = circles
        self.waiting = waiting
    }

    public struct Circle: Codable, Sendable, Equatable {
        public var id: String
        public var course: String
        public var title: String
        /// Whether this person leads it.
        public var leads: Bool
        /// The leader's name (the person's own circles only: spec, "their leaders' names").
        public var leader: String?
        /// The venue's name; nil for a digital circle.
        public var venue: String?
        /// The link of a digital meeting, or of a hybrid circle for those taking part at distance.
        public var onlineLink: String?
        /// Whether this person takes part at distance (a hybrid circle).
        public var atDistance: Bool
        public var sessions: [Session]

        public init(
            id: String,
            course: String,
            title: String,
            leads: Bool,
            leader: String?,
            venue: String?,
            onlineLink: String?,
            atDistance: Bool,
            sessions: [Session]
        ) {
            self.id = id
            self.course = course
            self.title = title
            self.leads = leads
            self.leader = leader
            self.venue = venue
            self.onlineLink = onlineLink
            self.atDistance = atDistance
            self.sessions = sessions
        }
    }

    public struct Session: Codable, Sendable, Equatable {
        public var number: Int
        /// Local wall-clock time in the plan's zone, `2022-03-01T18:00`.
        public var start: String
        public var end: String
        /// Room, venue and address as the feed's LOCATION says; nil for a digital meeting.
        public var location: String?
        public var cancelled: Bool
        /// Published before at another time or place.
        public var moved: Bool

        public init(number: Int, start: String, end: String, location: String?, cancelled: Bool, moved: Bool) {
            self.number = number
            self.start = start
            self.end = end
            self.location = location
            self.cancelled = cancelled
            self.moved = moved
        }
    }

    public struct Waiting: Codable, Sendable, Equatable {
        public var course: String
        public var title: String
        public var reason: String

        public init(course: String, title: String, reason: String) {
            self.course = course
            self.title = title
            self.reason = reason
        }
    }

    /// `2022-03-01T18:00`: how a session's `start` and `end` are written, for `instant` in the
    /// plan's `zone`; comparing two such texts compares the times.
    public static func localText(_ instant: Date, in zone: TimeZone) -> String {
        let local = ICalDateTime(instant, in: zone)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(local.year)-\(two(local.month))-\(two(local.day))T\(two(local.hour)):\(two(local.minute))"
    }

    /// The file's bytes: sorted keys, so the same plan gives the same bytes.
    public func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(self)) ?? Data()
    }

    /// Reads a file written by `encoded()`; nil when it is not one.
    public static func decode(_ bytes: [UInt8]) -> PersonalPlan? {
        guard let plan = try? JSONDecoder().decode(PersonalPlan.self, from: Data(bytes)),
            plan.format == currentFormat
        else { return nil }
        return plan
    }
}
