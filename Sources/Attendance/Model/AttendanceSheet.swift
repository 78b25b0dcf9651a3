import Catalogue

/// Everything one circle's attendance list (närvarolista) shows, as plain values.
///
/// The CLI fills it from the schedule (circle, sessions, rooms) and the workspace
/// (names, associations); the PDF, the CSV and the ABF report are all drawn from
/// this one value, so they always agree.
public struct AttendanceSheet: Sendable, Hashable, Codable {
    public var organisation: String
    public var courseTitle: String
    public var circleID: Circle.ID
    public var activityKind: ABFActivityKind
    /// The term's name (`Våren 2022`).
    public var termName: String
    /// The year ages are computed for in the report (ABF counts age by calendar year).
    public var termYear: Int
    public var venue: String
    /// The room's name, if the venue has more than one (or `nil`).
    public var room: String?
    public var leaderName: String
    public var language: Language
    /// Sessions in number order.
    public var sessions: [AttendanceSession]
    /// Participants in the order the list prints them.
    public var participants: [AttendanceParticipant]

    /// - Parameter termYear: defaults to the year of the first session.
    public init(
        organisation: String,
        courseTitle: String,
        circleID: Circle.ID,
        activityKind: ABFActivityKind,
        termName: String,
        termYear: Int? = nil,
        venue: String,
        room: String? = nil,
        leaderName: String,
        language: Language = .sv,
        sessions: [AttendanceSession],
        participants: [AttendanceParticipant]
    ) {
        self.organisation = organisation
        self.courseTitle = courseTitle
        self.circleID = circleID
        self.activityKind = activityKind
        self.termName = termName
        let sorted = sessions.sorted { $0.number < $1.number }
        self.termYear = termYear ?? sorted.first?.date.year ?? 0
        self.venue = venue
        self.room = room
        self.leaderName = leaderName
        self.language = language
        self.sessions = sorted
        self.participants = participants
    }

    /// `ABF Värmland, Karlstad – Stora salen`, or the venue alone.
    public var place: String {
        guard let room, !room.isEmpty else { return venue }
        return "\(venue) – \(room)"
    }

    /// All planned study hours.
    public var plannedStudyHours: Int { sessions.reduce(0) { $0 + $1.studyHours } }

    public func participant(_ id: Person.ID) -> AttendanceParticipant? {
        participants.first { $0.id == id }
    }
}
