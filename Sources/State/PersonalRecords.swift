import Foundation

/// Everything State holds about one person, for "download my data": their sign-ups, notices
/// of absence, leavings, recorded attendance, which e-mails went to them (kind and dates, no
/// bodies) and when their feed link was made (never the token itself: the JSON is a file the
/// person may pass around).
public struct PersonalRecords: Sendable, Codable, Hashable {
    /// One e-mail to the person, without its body.
    public struct Mail: Sendable, Codable, Hashable {
        public var kind: String
        public var queuedAt: Date
        public var status: String
        public var sentAt: Date?

        public init(kind: String, queuedAt: Date, status: String, sentAt: Date?) {
            self.kind = kind
            self.queuedAt = queuedAt
            self.status = status
            self.sentAt = sentAt
        }
    }

    public var person: String
    public var signups: [Signup]
    public var absences: [Absence]
    public var leavings: [Leaving]
    public var attendance: [AttendanceRecord]
    public var mail: [Mail]
    /// When the person's private feed link was made; nil if it never was.
    public var tokenCreatedAt: Date?
    /// When it was last replaced; nil if never.
    public var tokenRotatedAt: Date?

    public init(
        person: String,
        signups: [Signup],
        absences: [Absence],
        leavings: [Leaving],
        attendance: [AttendanceRecord],
        mail: [Mail],
        tokenCreatedAt: Date?,
        tokenRotatedAt: Date?
    ) {
        self.person = person
        self.signups = signups
        self.absences = absences
        self.leavings = leavings
        self.attendance = attendance
        self.mail = mail
        self.tokenCreatedAt = tokenCreatedAt
        self.tokenRotatedAt = tokenRotatedAt
    }
}
