import Foundation

/// The plan (`plan.yaml`): who plans, in which time zone, and the calendar
/// frame every session must fit in.
public struct Plan: Sendable {
    public let organisation: String
    /// An IANA time zone identifier that exists on this machine, e.g. `Europe/Stockholm`.
    public let timeZoneIdentifier: String
    public let language: Language
    /// nil when the plan blocks no public holidays.
    public let holidays: HolidayCalendar?
    public let terms: [Term]
    /// In file order.
    public let windows: [TimeWindow]
    public let blackouts: [Blackout]
    public let travel: Travel
    /// The `web:` block; nil in a workspace without one (v1).
    public let web: WebSettings?
    /// The `mail:` block; nil: nothing is sent.
    public let mail: MailSettings?

    public init(
        organisation: String,
        timeZoneIdentifier: String,
        language: Language,
        holidays: HolidayCalendar?,
        terms: [Term],
        windows: [TimeWindow],
        blackouts: [Blackout],
        travel: Travel,
        web: WebSettings? = nil,
        mail: MailSettings? = nil
    ) {
        self.organisation = organisation
        self.timeZoneIdentifier = timeZoneIdentifier
        self.language = language
        self.holidays = holidays
        self.terms = terms
        self.windows = windows
        self.blackouts = blackouts
        self.travel = travel
        self.web = web
        self.mail = mail
    }

    /// The plan's time zone. Loading checked that the identifier exists,
    /// so this only falls back to GMT for a hand-built `Plan`.
    public var timeZone: TimeZone { TimeZone(identifier: timeZoneIdentifier) ?? TimeZone(secondsFromGMT: 0)! }
}
