import CLibical
import Foundation

/// Turns an `ICalCalendar` into iCalendar text through libical.
///
/// libical does the serialisation (CRLF line ends, folding at 75 octets without splitting
/// a UTF-8 character, escaping of `,` `;` `\` and newlines in text), so the feeds are
/// written by the same code that the tests then parse them with. The writer reads no clock
/// and keeps the caller's order: same input, same bytes.
public enum ICalWriter {
    /// The calendar as iCalendar text. Throws before touching libical if a value is invalid.
    public static func serialize(_ calendar: ICalCalendar) throws(ICalError) -> String {
        let zone = try calendar.timeZone.foundationTimeZone()
        for event in calendar.events {
            try validate(event, in: zone, named: calendar.timeZone.identifier)
        }
        var observances: [ICalObservance] = []
        if let first = calendar.events.map(\.start.year).min(),
            let last = calendar.events.map(\.end.year).max()
        {
            observances = try calendar.timeZone.observances(years: first...max(first, last))
        }
        return Libical.locked {
            let root = build(calendar, observances: observances)
            return root.icalString()
        }
    }

    private static func validate(_ event: ICalEvent, in zone: TimeZone, named name: String) throws(ICalError) {
        if event.uid.isEmpty { throw .emptyUID(summary: event.summary) }
        guard let start = event.start.date(in: zone) else {
            throw .nonexistentLocalTime(uid: event.uid, field: "DTSTART", value: event.start, timeZone: name)
        }
        guard let end = event.end.date(in: zone) else {
            throw .nonexistentLocalTime(uid: event.uid, field: "DTEND", value: event.end, timeZone: name)
        }
        if end <= start { throw .endNotAfterStart(uid: event.uid, start: event.start, end: event.end) }
    }

    /// Must run inside `Libical.locked`.
    private static func build(_ calendar: ICalCalendar, observances: [ICalObservance]) -> ICalComponent {
        let root = ICalComponent(kind: ICAL_VCALENDAR_COMPONENT)
        root.add(property: icalproperty_new_prodid(calendar.productID))
        root.add(property: icalproperty_new_version("2.0"))
        root.add(property: icalproperty_new_calscale("GREGORIAN"))
        root.add(property: icalproperty_new_method(ICAL_METHOD_PUBLISH))
        root.add(property: icalproperty_new_name(calendar.name))
        root.add(property: Libical.xProperty("X-WR-CALNAME", calendar.name))
        if let description = calendar.description {
            root.add(property: icalproperty_new_description(description))
            root.add(property: Libical.xProperty("X-WR-CALDESC", description))
        }
        root.add(property: Libical.xProperty("X-WR-TIMEZONE", calendar.timeZone.identifier))
        let seconds = Int(calendar.refreshInterval.components.seconds)
        let refresh = icalproperty_new_refreshinterval(icaldurationtype_from_int(Int32(seconds)))!
        icalproperty_add_parameter(refresh, icalparameter_new_value(ICAL_VALUE_DURATION))
        root.add(property: refresh)
        root.add(property: Libical.xProperty("X-PUBLISHED-TTL", Libical.durationText(seconds: seconds)))

        if !observances.isEmpty {
            icalcomponent_add_component(root.pointer, timeZoneComponent(calendar.timeZone, observances))
        }
        for event in calendar.events {
            icalcomponent_add_component(root.pointer, eventComponent(event, tzid: calendar.timeZone.identifier))
        }
        return root
    }

    /// A VTIMEZONE with the plain Olson TZID (not libical's prefixed one), returned unowned:
    /// the caller hands it to the calendar at once.
    private static func timeZoneComponent(_ timeZone: ICalTimeZone, _ observances: [ICalObservance]) -> OpaquePointer {
        let component = icalcomponent_new(ICAL_VTIMEZONE_COMPONENT)!
        icalcomponent_add_property(component, icalproperty_new_tzid(timeZone.identifier))
        for observance in observances {
            let kind = observance.kind == .daylight ? ICAL_XDAYLIGHT_COMPONENT : ICAL_XSTANDARD_COMPONENT
            let block = icalcomponent_new(kind)!
            icalcomponent_add_property(block, icalproperty_new_dtstart(Libical.floatingTime(observance.start)))
            icalcomponent_add_property(block, icalproperty_new_tzoffsetfrom(Int32(observance.offsetFrom)))
            icalcomponent_add_property(block, icalproperty_new_tzoffsetto(Int32(observance.offsetTo)))
            if let rule = observance.rule {
                icalcomponent_add_property(block, icalproperty_new_rrule(icalrecurrencetype_from_string(rule.rruleText)))
            }
            if let name = observance.name {
                icalcomponent_add_property(block, icalproperty_new_tzname(name))
            }
            icalcomponent_add_component(component, block)
        }
        return component
    }

    /// A VEVENT, returned unowned: the caller hands it to the calendar at once.
    private static func eventComponent(_ event: ICalEvent, tzid: String) -> OpaquePointer {
        let component = icalcomponent_new(ICAL_VEVENT_COMPONENT)!
        func add(_ property: OpaquePointer) { icalcomponent_add_property(component, property) }
        func local(_ property: OpaquePointer) -> OpaquePointer {
            icalproperty_add_parameter(property, icalparameter_new_tzid(tzid))
            return property
        }
        add(icalproperty_new_uid(event.uid))
        add(icalproperty_new_sequence(Int32(event.sequence)))
        add(icalproperty_new_dtstamp(Libical.utcTime(event.stamp)))
        add(icalproperty_new_lastmodified(Libical.utcTime(event.lastModified)))
        add(local(icalproperty_new_dtstart(Libical.floatingTime(event.start))))
        add(local(icalproperty_new_dtend(Libical.floatingTime(event.end))))
        add(icalproperty_new_summary(event.summary))
        if let location = event.location { add(icalproperty_new_location(location)) }
        if let geo = event.geo { add(icalproperty_new_geo(icalgeotype(lat: geo.latitude, lon: geo.longitude))) }
        if let url = event.url { add(icalproperty_new_url(url)) }
        if let conference = event.conference {
            let property = icalproperty_new_conference(conference)!
            icalproperty_add_parameter(property, icalparameter_new_value(ICAL_VALUE_URI))
            icalproperty_add_parameter(property, icalparameter_new_feature(ICAL_FEATURE_VIDEO))
            add(property)
        }
        if let description = event.description { add(icalproperty_new_description(description)) }
        for category in event.categories { add(icalproperty_new_categories(category)) }
        add(icalproperty_new_status(status(event.status)))
        let organizer = icalproperty_new_organizer("mailto:\(event.organizer.email)")!
        icalproperty_add_parameter(organizer, icalparameter_new_cn(event.organizer.name))
        add(organizer)
        return component
    }

    private static func status(_ status: ICalEventStatus) -> icalproperty_status {
        switch status {
        case .confirmed: ICAL_STATUS_CONFIRMED
        case .tentative: ICAL_STATUS_TENTATIVE
        case .cancelled: ICAL_STATUS_CANCELLED
        }
    }
}
