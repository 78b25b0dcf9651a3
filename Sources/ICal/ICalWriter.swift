import CLibical
import Foundation

/// Turns calendars and events into iCalendar text through libical.
///
/// libical does the serialisation (CRLF line ends, folding at 75 octets without splitting
/// a UTF-8 character, escaping of `,` `;` `\` and newlines in text), so the feeds are
/// written by the same code that the tests then parse them with. The writer reads no clock
/// and keeps the caller's order: same input, same bytes.
///
/// A writer serves one time zone and remembers what it has written that other calendars
/// share: each VEVENT is serialised once (`text(of:)`) and then copied into every calendar
/// it belongs in; the VTIMEZONE of a span of years and the calendar properties are written
/// once per distinct value. The result is byte for byte what libical writes for the whole
/// tree, because libical writes a component as its properties followed by its children,
/// each child exactly as it writes it alone (a test parses and re-serialises to check).
/// Not thread-safe: one writer per thread.
public final class ICalWriter {
    public let timeZone: ICalTimeZone
    /// Gregorian, in the writer's zone: for checking local times.
    private let calendar: Calendar
    private var timeZoneTexts: [ClosedRange<Int>: [UInt8]] = [:]
    private var headers: [Header: [UInt8]] = [:]

    public init(timeZone: ICalTimeZone) throws(ICalError) {
        self.timeZone = timeZone
        calendar = ICalDateTime.calendar(try timeZone.foundationTimeZone())
    }

    /// The calendar as iCalendar text. Throws before touching libical if a value is invalid.
    public static func serialize(_ calendar: ICalCalendar) throws(ICalError) -> String {
        let writer = try ICalWriter(timeZone: calendar.timeZone)
        return String(decoding: try writer.bytes(of: calendar), as: UTF8.self)
    }

    /// One event, checked and serialised, to be placed in calendars by `bytes(of:adding:)`.
    public func text(of event: ICalEvent) throws(ICalError) -> ICalEventText {
        try validate(event)
        let text = Libical.locked {
            let root = ICalComponent(adopting: Self.eventComponent(event, tzid: timeZone.identifier))
            return root.icalBytes()
        }
        return ICalEventText(
            uid: event.uid,
            bytes: text,
            years: event.start.year...max(event.start.year, event.end.year)
        )
    }

    /// The calendar as UTF-8 iCalendar text: its properties, the VTIMEZONE covering every
    /// event, its own `events`, then the already serialised `texts`, in the order given.
    /// The calendar's time zone must be the writer's.
    public func bytes(of calendar: ICalCalendar, adding texts: [ICalEventText] = []) throws(ICalError) -> [UInt8] {
        precondition(calendar.timeZone == timeZone, "a writer serves one time zone")
        let own = try calendar.events.map { event throws(ICalError) in try text(of: event) }
        let events = own + texts
        var output = header(calendar)
        if let first = events.map(\.years.lowerBound).min(), let last = events.map(\.years.upperBound).max() {
            output += try timeZoneText(years: first...last)
        }
        output.reserveCapacity(output.count + events.reduce(0) { $0 + $1.bytes.count } + Self.end.count)
        for event in events { output += event.bytes }
        output += Self.end
        return output
    }

    private static let end = Array("END:VCALENDAR\r\n".utf8)

    private func validate(_ event: ICalEvent) throws(ICalError) {
        if event.uid.isEmpty { throw .emptyUID(summary: event.summary) }
        guard let start = event.start.date(in: calendar) else {
            throw .nonexistentLocalTime(
                uid: event.uid,
                field: "DTSTART",
                value: event.start,
                timeZone: timeZone.identifier
            )
        }
        guard let end = event.end.date(in: calendar) else {
            throw .nonexistentLocalTime(uid: event.uid, field: "DTEND", value: event.end, timeZone: timeZone.identifier)
        }
        if end <= start { throw .endNotAfterStart(uid: event.uid, start: event.start, end: event.end) }
    }

    /// What distinguishes one calendar's properties from another's.
    private struct Header: Hashable {
        var productID: String
        var name: String
        var description: String?
        var refreshSeconds: Int
    }

    /// `BEGIN:VCALENDAR` and the calendar's properties, without the closing line.
    private func header(_ calendar: ICalCalendar) -> [UInt8] {
        let key = Header(
            productID: calendar.productID,
            name: calendar.name,
            description: calendar.description,
            refreshSeconds: Int(calendar.refreshInterval.components.seconds)
        )
        if let known = headers[key] { return known }
        var text = Libical.locked {
            let root = ICalComponent(kind: ICAL_VCALENDAR_COMPONENT)
            Self.addProperties(key, timeZone: timeZone.identifier, to: root)
            return root.icalBytes()
        }
        precondition(text.suffix(Self.end.count).elementsEqual(Self.end), "libical ends a calendar with END:VCALENDAR")
        text.removeLast(Self.end.count)
        headers[key] = text
        return text
    }

    /// The VTIMEZONE covering `years`.
    private func timeZoneText(years: ClosedRange<Int>) throws(ICalError) -> [UInt8] {
        if let known = timeZoneTexts[years] { return known }
        let observances = try timeZone.observances(years: years)
        let text = Libical.locked {
            ICalComponent(adopting: Self.timeZoneComponent(timeZone, observances)).icalBytes()
        }
        timeZoneTexts[years] = text
        return text
    }

    /// Must run inside `Libical.locked`.
    private static func addProperties(_ header: Header, timeZone: String, to root: ICalComponent) {
        root.add(property: icalproperty_new_prodid(header.productID))
        root.add(property: icalproperty_new_version("2.0"))
        root.add(property: icalproperty_new_calscale("GREGORIAN"))
        root.add(property: icalproperty_new_method(ICAL_METHOD_PUBLISH))
        root.add(property: icalproperty_new_name(header.name))
        root.add(property: Libical.xProperty("X-WR-CALNAME", header.name))
        if let description = header.description {
            root.add(property: icalproperty_new_description(description))
            root.add(property: Libical.xProperty("X-WR-CALDESC", description))
        }
        root.add(property: Libical.xProperty("X-WR-TIMEZONE", timeZone))
        let refresh = icalproperty_new_refreshinterval(icaldurationtype_from_int(Int32(header.refreshSeconds)))!
        icalproperty_add_parameter(refresh, icalparameter_new_value(ICAL_VALUE_DURATION))
        root.add(property: refresh)
        root.add(property: Libical.xProperty("X-PUBLISHED-TTL", Libical.durationText(seconds: header.refreshSeconds)))
    }

    /// A VTIMEZONE with the plain Olson TZID (not libical's prefixed one), returned unowned.
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
                icalcomponent_add_property(
                    block,
                    icalproperty_new_rrule(icalrecurrencetype_from_string(rule.rruleText))
                )
            }
            if let name = observance.name {
                icalcomponent_add_property(block, icalproperty_new_tzname(name))
            }
            icalcomponent_add_component(component, block)
        }
        return component
    }

    /// A VEVENT, returned unowned.
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
