import CLibical
import Foundation

/// Reads iCalendar text with libical: the check that what we publish is what a calendar
/// client will read, and the reader for feeds published earlier.
public enum ICalParser {
    /// Parses `text` and returns its events with UTC instants.
    ///
    /// Parse problems that libical tolerates are counted in `errorCount` rather than thrown,
    /// so a test can assert zero; only text that holds no VCALENDAR at all, or an event whose
    /// time cannot be placed on the time line, throws.
    public static func parse(_ text: String) throws(ICalError) -> ICalParseResult {
        try Libical.locked { () throws(ICalError) -> ICalParseResult in
            let root = try parseRoot(text)
            let calendar = try vcalendar(in: root)
            let errorCount = Int(icalcomponent_count_errors(calendar))
            let errors = Libical.errorTexts(in: calendar)
            let method = icalcomponent_get_first_property(calendar, ICAL_METHOD_PROPERTY)
                .flatMap { icalproperty_get_value_as_string($0) }.map { String(cString: $0) }
            var timeZoneIDs: [String] = []
            var zone = icalcomponent_get_first_component(calendar, ICAL_VTIMEZONE_COMPONENT)
            while let current = zone {
                if let tzid = icalcomponent_get_first_property(current, ICAL_TZID_PROPERTY).flatMap(
                    icalproperty_get_tzid
                ) {
                    timeZoneIDs.append(String(cString: tzid))
                }
                zone = icalcomponent_get_next_component(calendar, ICAL_VTIMEZONE_COMPONENT)
            }
            var events: [ICalParsedEvent] = []
            var event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT)
            while let current = event {
                events.append(try parsedEvent(current, calendar: calendar))
                event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)
            }
            let name = icalcomponent_get_first_property(calendar, ICAL_NAME_PROPERTY)
                .flatMap(icalproperty_get_name).map { String(cString: $0) }
            return ICalParseResult(
                errorCount: errorCount,
                errors: errors,
                name: name,
                method: method,
                timeZoneIDs: timeZoneIDs,
                events: events
            )
        }
    }

    /// Runs libical's iTIP restriction check (`icalrestriction_check`, the rules of the
    /// calendar's METHOD) on a freshly parsed copy of `text` and returns every `X-LIC-ERROR`
    /// text in it (parse errors included); empty means clean. The check adds its findings to
    /// the component it checks, hence the private copy.
    public static func restrictionCheck(_ text: String) throws(ICalError) -> [String] {
        try Libical.locked { () throws(ICalError) -> [String] in
            let root = try parseRoot(text)
            let calendar = try vcalendar(in: root)
            _ = icalrestriction_check(calendar)
            return Libical.errorTexts(in: calendar)
        }
    }

    /// Must run inside `Libical.locked`.
    /// The text as libical writes it after parsing it into one tree: for checking that a
    /// calendar assembled from separately written parts is what libical writes as a whole.
    static func rewritten(_ text: String) throws(ICalError) -> String {
        try Libical.locked { () throws(ICalError) in
            String(decoding: try parseRoot(text).icalBytes(), as: UTF8.self)
        }
    }

    private static func parseRoot(_ text: String) throws(ICalError) -> ICalComponent {
        guard let pointer = icalparser_parse_string(text) else {
            throw .notICalendar(reason: "libical found no component in the text")
        }
        return ICalComponent(adopting: pointer)
    }

    /// The VCALENDAR: the root itself, or its first child when the text held several roots.
    private static func vcalendar(in root: ICalComponent) throws(ICalError) -> OpaquePointer {
        if icalcomponent_isa(root.pointer) == ICAL_VCALENDAR_COMPONENT { return root.pointer }
        guard let calendar = icalcomponent_get_first_component(root.pointer, ICAL_VCALENDAR_COMPONENT) else {
            throw .notICalendar(reason: "no VCALENDAR component")
        }
        return calendar
    }

    private static func text(_ component: OpaquePointer, _ kind: icalproperty_kind) -> String? {
        icalcomponent_get_first_property(component, kind)
            .flatMap { icalproperty_get_value_as_string($0) }
            .map { String(cString: $0) }
    }

    private static func parsedEvent(
        _ event: OpaquePointer,
        calendar: OpaquePointer
    ) throws(ICalError) -> ICalParsedEvent {
        guard let uid = text(event, ICAL_UID_PROPERTY) else {
            throw .missingProperty(uid: "(no UID)", property: "UID")
        }
        guard let startProperty = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY) else {
            throw .missingProperty(uid: uid, property: "DTSTART")
        }
        let (start, localStart, tzid) = try instant(
            icalproperty_get_dtstart(startProperty),
            of: startProperty,
            field: "DTSTART",
            uid: uid,
            calendar: calendar
        )
        var end: Date?
        if let endProperty = icalcomponent_get_first_property(event, ICAL_DTEND_PROPERTY) {
            end = try instant(
                icalproperty_get_dtend(endProperty),
                of: endProperty,
                field: "DTEND",
                uid: uid,
                calendar: calendar
            ).0
        }
        var categories: [String] = []
        var property = icalcomponent_get_first_property(event, ICAL_CATEGORIES_PROPERTY)
        while let current = property {
            if let value = icalproperty_get_categories(current) { categories.append(String(cString: value)) }
            property = icalcomponent_get_next_property(event, ICAL_CATEGORIES_PROPERTY)
        }
        let sequence =
            icalcomponent_get_first_property(event, ICAL_SEQUENCE_PROPERTY).map { Int(icalproperty_get_sequence($0)) }
            ?? 0
        return ICalParsedEvent(
            uid: uid,
            sequence: sequence,
            status: text(event, ICAL_STATUS_PROPERTY).flatMap(ICalEventStatus.init(rawValue:)),
            summary: icalcomponent_get_first_property(event, ICAL_SUMMARY_PROPERTY).flatMap(icalproperty_get_summary)
                .map { String(cString: $0) },
            location: icalcomponent_get_first_property(event, ICAL_LOCATION_PROPERTY).flatMap(icalproperty_get_location)
                .map { String(cString: $0) },
            description: icalcomponent_get_first_property(event, ICAL_DESCRIPTION_PROPERTY).flatMap(
                icalproperty_get_description
            ).map { String(cString: $0) },
            url: text(event, ICAL_URL_PROPERTY),
            categories: categories,
            organizer: text(event, ICAL_ORGANIZER_PROPERTY),
            start: start,
            end: end,
            localStart: localStart,
            tzid: tzid
        )
    }

    /// Places a DTSTART/DTEND on the time line: UTC as is; a TZID through the calendar's
    /// VTIMEZONE of that name, else libical's built-in zone (cached by libical, never freed).
    private static func instant(
        _ time: icaltimetype,
        of property: OpaquePointer,
        field: String,
        uid: String,
        calendar: OpaquePointer
    ) throws(ICalError) -> (Date, ICalDateTime, String?) {
        let local = ICalDateTime(
            year: Int(time.year),
            month: Int(time.month),
            day: Int(time.day),
            hour: Int(time.hour),
            minute: Int(time.minute),
            second: Int(time.second)
        )
        if icaltime_is_utc(time) != 0 {
            return (
                Date(timeIntervalSince1970: TimeInterval(icaltime_as_timet_with_zone(time, Libical.utc))), local, nil
            )
        }
        guard let tzidPointer = icalproperty_get_parameter_as_string(property, "TZID") else {
            throw .unresolvedTimeZone(uid: uid, field: field, tzid: "(floating time)")
        }
        let tzid = String(cString: tzidPointer)
        guard let zone = icalcomponent_get_timezone(calendar, tzid) ?? icaltimezone_get_builtin_timezone(tzid) else {
            throw .unresolvedTimeZone(uid: uid, field: field, tzid: tzid)
        }
        var floating = time
        floating.zone = nil
        let seconds = icaltime_as_timet_with_zone(floating, zone)
        return (Date(timeIntervalSince1970: TimeInterval(seconds)), local, tzid)
    }
}
