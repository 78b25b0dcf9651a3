/// What libical made of a calendar text.
public struct ICalParseResult: Sendable, Hashable {
    /// `icalcomponent_count_errors` after parsing: 0 for a clean file.
    public var errorCount: Int
    /// The texts of the `X-LIC-ERROR` properties the parser added, in document order.
    public var errors: [String]
    /// NAME (RFC 7986), unescaped.
    public var name: String?
    /// METHOD, e.g. `PUBLISH`.
    public var method: String?
    /// The TZIDs of the VTIMEZONE components, in order.
    public var timeZoneIDs: [String]
    /// The VEVENTs, in document order.
    public var events: [ICalParsedEvent]

    public init(
        errorCount: Int,
        errors: [String],
        name: String?,
        method: String?,
        timeZoneIDs: [String],
        events: [ICalParsedEvent]
    ) {
        self.errorCount = errorCount
        self.errors = errors
        self.name = name
        self.method = method
        self.timeZoneIDs = timeZoneIDs
        self.events = events
    }
}
