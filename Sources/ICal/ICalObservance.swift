/// One STANDARD or DAYLIGHT block of a VTIMEZONE: from `start` (local time, before the
/// switch) the offset changes from `offsetFrom` to `offsetTo`, again every year by `rule`.
public struct ICalObservance: Sendable, Hashable {
    /// STANDARD or DAYLIGHT.
    public enum Kind: String, Sendable, Hashable {
        case standard = "STANDARD"
        case daylight = "DAYLIGHT"
    }

    public var kind: Kind
    /// DTSTART: the wall-clock time of the first switch, read in the offset before it
    /// (`2022-03-27T02:00:00` for 01:00 UTC in Stockholm).
    public var start: ICalDateTime
    /// TZOFFSETFROM in seconds east of UTC.
    public var offsetFrom: Int
    /// TZOFFSETTO in seconds east of UTC.
    public var offsetTo: Int
    /// TZNAME, if the zone has names for its offsets (`CET`, `CEST`).
    public var name: String?
    /// The yearly repetition; nil when the switch happened only once in the years covered.
    public var rule: ICalYearlyRule?

    public init(
        kind: Kind,
        start: ICalDateTime,
        offsetFrom: Int,
        offsetTo: Int,
        name: String? = nil,
        rule: ICalYearlyRule? = nil
    ) {
        self.kind = kind
        self.start = start
        self.offsetFrom = offsetFrom
        self.offsetTo = offsetTo
        self.name = name
        self.rule = rule
    }
}
