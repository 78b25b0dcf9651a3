/// A whole published calendar (one feed file), as plain values.
///
/// The writer adds what every feed carries the same way: `VERSION:2.0`, `CALSCALE:GREGORIAN`,
/// `METHOD:PUBLISH`, and `X-WR-TIMEZONE` from `timeZone`. `name` goes to both `NAME`
/// (RFC 7986) and `X-WR-CALNAME` (what Apple, Google and Outlook read); `refreshInterval`
/// to both `REFRESH-INTERVAL;VALUE=DURATION` and `X-PUBLISHED-TTL`, for the same reason.
/// libical escapes `,` and `;` in NAME and DESCRIPTION but, in X- properties, only `\` and
/// newlines; readers (Python's icalendar checked in the tests) read both back the same.
public struct ICalCalendar: Sendable, Hashable {
    /// PRODID, e.g. `-//Vänsterpartiet Värmland//circles//SV`.
    public var productID: String
    public var name: String
    public var description: String?
    /// The zone of every DTSTART/DTEND; its VTIMEZONE is written once.
    public var timeZone: ICalTimeZone
    /// How often subscribers should fetch the feed again.
    public var refreshInterval: Duration
    /// Written in this order: the caller sorts them (stable output).
    public var events: [ICalEvent]

    public init(
        productID: String,
        name: String,
        description: String? = nil,
        timeZone: ICalTimeZone,
        refreshInterval: Duration = .seconds(3600),
        events: [ICalEvent]
    ) {
        self.productID = productID
        self.name = name
        self.description = description
        self.timeZone = timeZone
        self.refreshInterval = refreshInterval
        self.events = events
    }
}
