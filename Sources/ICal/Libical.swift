import CLibical
import Foundation

/// The one gate to libical.
///
/// libical keeps process-wide state: the cache of built-in zones, `icalerrno`, the TZID
/// prefix, the parser's error reporting. Swift Testing, Hummingbird and the CLI may call
/// this target from several threads at once, so every public entry point runs its libical
/// calls inside `Libical.locked`. The cost is negligible next to building a calendar, and
/// it makes the target safe without reasoning about which libical calls are reentrant.
enum Libical {
    /// Guards every libical call. `NSLock` is `Sendable`, so a global `let` is fine.
    private static let lock = NSLock()

    /// Runs `body` with exclusive access to libical.
    static func locked<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    /// The UTC zone of libical: a static singleton inside libical, never freed.
    static var utc: OpaquePointer { icaltimezone_get_utc_timezone() }

    /// A `time_t` for a Foundation instant, truncated to whole seconds as iCalendar keeps them.
    static func timeT(_ date: Date) -> time_t {
        time_t(date.timeIntervalSince1970.rounded(.down))
    }

    /// A UTC `icaltimetype` (written with a trailing `Z`).
    static func utcTime(_ date: Date) -> icaltimetype {
        icaltime_from_timet_with_zone(timeT(date), 0, utc)
    }

    /// A floating `icaltimetype`: no zone; the caller adds a `TZID` parameter by hand so that
    /// the written TZID is exactly the plain Olson name (see `ICalTimeZone`).
    static func floatingTime(_ local: ICalDateTime) -> icaltimetype {
        var time = icaltime_null_time()
        time.year = Int32(local.year)
        time.month = Int32(local.month)
        time.day = Int32(local.day)
        time.hour = Int32(local.hour)
        time.minute = Int32(local.minute)
        time.second = Int32(local.second)
        time.is_date = 0
        time.zone = nil
        return time
    }

    /// An X- property (`X-WR-CALNAME` ...) with a text value.
    static func xProperty(_ name: String, _ value: String) -> OpaquePointer {
        let property = icalproperty_new_x(value)!
        icalproperty_set_x_name(property, name)
        return property
    }

    /// A libical duration written the way libical writes durations (`PT1H`).
    static func durationText(seconds: Int) -> String {
        let buffer = icaldurationtype_as_ical_string_r(icaldurationtype_from_int(Int32(seconds)))!
        defer { icalmemory_free_buffer(buffer) }
        return String(cString: buffer)
    }

    /// The `X-LIC-ERROR` texts found anywhere under `component`, depth first, in document order.
    static func errorTexts(in component: OpaquePointer) -> [String] {
        var texts: [String] = []
        var property = icalcomponent_get_first_property(component, ICAL_XLICERROR_PROPERTY)
        while let current = property {
            if let text = icalproperty_get_xlicerror(current) {
                texts.append(String(cString: text))
            }
            property = icalcomponent_get_next_property(component, ICAL_XLICERROR_PROPERTY)
        }
        var child = icalcomponent_get_first_component(component, ICAL_ANY_COMPONENT)
        while let current = child {
            texts += errorTexts(in: current)
            child = icalcomponent_get_next_component(component, ICAL_ANY_COMPONENT)
        }
        return texts
    }
}
