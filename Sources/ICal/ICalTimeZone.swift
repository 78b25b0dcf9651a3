import Foundation

/// The time zone of a calendar: its Olson name, written as TZID, and the names of its
/// offsets, written as TZNAME.
///
/// The VTIMEZONE is built here, from Foundation's `TimeZone` transitions, rather than
/// cloned from libical's built-in zone and trimmed. Why:
/// - Debian's libical builds its zones from `/usr/share/zoneinfo` at run time, with history
///   back to 1879, offsets in seconds and a `/freeassociation.sourceforge.net/` TZID prefix;
///   its text changes with the tzdata package. Trimming it means parsing libical's own output
///   back into rules: more code, and fragile across tzdata versions.
/// - Here the transitions are read for the years in use only, each switch is described as
///   "n-th (or last) weekday of a month at a local time", and consecutive years that share a
///   description collapse into one RRULE. No rule is hard-coded, so a zone or a year whose
///   rules differ still comes out right (the rule then ends with UNTIL, or a one-off switch
///   has no RRULE), and the tests check libical's reading of our VTIMEZONE against
///   Foundation's instants on both sides of each switch.
/// - Output depends only on the rules, not on tzdata's presentation: feeds stay byte-stable
///   and compact (for Stockholm: one DAYLIGHT and one STANDARD block).
/// Foundation on Linux gives offset names as `GMT+1`, so TZNAME comes from `standardName`
/// and `daylightName` given here, never from the platform: the bytes must not depend on it.
public struct ICalTimeZone: Sendable, Hashable {
    /// The plain Olson name (`Europe/Stockholm`), written as TZID and X-WR-TIMEZONE.
    public var identifier: String
    /// TZNAME of STANDARD blocks, e.g. `CET`.
    public var standardName: String?
    /// TZNAME of DAYLIGHT blocks, e.g. `CEST`.
    public var daylightName: String?

    public init(identifier: String, standardName: String? = nil, daylightName: String? = nil) {
        self.identifier = identifier
        self.standardName = standardName
        self.daylightName = daylightName
    }

    /// Europe/Stockholm with its usual names CET and CEST.
    public static let stockholm = ICalTimeZone(
        identifier: "Europe/Stockholm",
        standardName: "CET",
        daylightName: "CEST"
    )

    /// The Foundation zone, or `ICalError.unknownTimeZone`.
    public func foundationTimeZone() throws(ICalError) -> TimeZone {
        guard let zone = TimeZone(identifier: identifier) else {
            throw ICalError.unknownTimeZone(identifier: identifier)
        }
        return zone
    }

    /// The STANDARD and DAYLIGHT blocks that describe the zone for every instant from the
    /// start of `years.lowerBound - 1` to the end of `years.upperBound`.
    ///
    /// The year before the first is included so that the first event of a year (January,
    /// before the spring switch) already lies after a block's DTSTART: clients handle times
    /// before the first observance differently. Blocks are ordered by kind (DAYLIGHT first)
    /// and start, so the output is stable.
    public func observances(years: ClosedRange<Int>) throws(ICalError) -> [ICalObservance] {
        let zone = try foundationTimeZone()
        let utc = TimeZone(identifier: "UTC")!
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = utc
        let from = gregorian.date(from: DateComponents(year: years.lowerBound - 1, month: 1, day: 1))!
        let to = gregorian.date(from: DateComponents(year: years.upperBound + 1, month: 1, day: 1))!

        var switches: [Switch] = []
        var cursor = from
        while let instant = zone.nextDaylightSavingTimeTransition(after: cursor), instant < to {
            let before = zone.secondsFromGMT(for: instant.addingTimeInterval(-1))
            let after = zone.secondsFromGMT(for: instant)
            let local = ICalDateTime(instant.addingTimeInterval(TimeInterval(before)), in: utc)
            let weekday = gregorian.component(.weekday, from: instant.addingTimeInterval(TimeInterval(before)))
            let daysInMonth = gregorian.range(
                of: .day,
                in: .month,
                for: instant.addingTimeInterval(TimeInterval(before))
            )!.count
            let ordinal = local.day > daysInMonth - 7 ? -1 : (local.day - 1) / 7 + 1
            let kind: ICalObservance.Kind = zone.isDaylightSavingTime(for: instant) ? .daylight : .standard
            switches.append(
                Switch(
                    instant: instant,
                    local: local,
                    key: SwitchKey(
                        kind: kind,
                        offsetFrom: before,
                        offsetTo: after,
                        month: local.month,
                        weekday: weekday,
                        ordinal: ordinal,
                        hour: local.hour,
                        minute: local.minute,
                        second: local.second
                    )
                )
            )
            cursor = instant
        }

        if switches.isEmpty {
            let offset = zone.secondsFromGMT(for: from)
            return [
                ICalObservance(
                    kind: .standard,
                    start: ICalDateTime(year: 1970, month: 1, day: 1),
                    offsetFrom: offset,
                    offsetTo: offset,
                    name: standardName
                )
            ]
        }

        var observances: [ICalObservance] = []
        for kind in [ICalObservance.Kind.daylight, .standard] {
            let ofKind = switches.filter { $0.key.kind == kind }
            // Runs of consecutive years with the same description become one block.
            var runs: [[Switch]] = []
            for item in ofKind {
                if let last = runs.last?.last, last.key == item.key, item.local.year == last.local.year + 1 {
                    runs[runs.count - 1].append(item)
                } else {
                    runs.append([item])
                }
            }
            for (index, run) in runs.enumerated() {
                let first = run[0]
                var rule: ICalYearlyRule?
                if run.count >= 2 {
                    // Open-ended only if the rule still held in the last year covered: a rule
                    // replaced by another, or a zone that stopped switching, ends with UNTIL.
                    let last = run[run.count - 1]
                    let openEnded = index == runs.count - 1 && last.local.year == years.upperBound
                    rule = ICalYearlyRule(
                        month: first.key.month,
                        weekday: first.key.weekday,
                        ordinal: first.key.ordinal,
                        until: openEnded ? nil : last.instant
                    )
                }
                observances.append(
                    ICalObservance(
                        kind: kind,
                        start: first.local,
                        offsetFrom: first.key.offsetFrom,
                        offsetTo: first.key.offsetTo,
                        name: kind == .daylight ? daylightName : standardName,
                        rule: rule
                    )
                )
            }
        }
        return observances
    }

    /// One offset change, with what must match for two years to share a rule.
    private struct Switch {
        var instant: Date
        var local: ICalDateTime
        var key: SwitchKey
    }

    private struct SwitchKey: Equatable {
        var kind: ICalObservance.Kind
        var offsetFrom: Int
        var offsetTo: Int
        var month: Int
        var weekday: Int
        var ordinal: Int
        var hour: Int
        var minute: Int
        var second: Int
    }
}
