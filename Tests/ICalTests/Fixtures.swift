import Foundation
import ICal

/// Calendars the tests build: real values, written by the test itself.
enum Fixtures {
    static let organizer = ICalOrganizer(name: "Vänsterpartiet Värmland", email: "varmland@example.org")
    static let stamp = Date(timeIntervalSince1970: 1_640_995_200)  // 2022-01-01T00:00:00Z
    static let stockholm = TimeZone(identifier: "Europe/Stockholm")!

    static func event(
        _ uid: String,
        _ start: ICalDateTime,
        minutes: Int = 150,
        summary: String = "Feministisk grundkurs, träff 1",
        status: ICalEventStatus = .confirmed,
        sequence: Int = 0,
        in zone: TimeZone = stockholm
    ) -> ICalEvent {
        let instant = start.date(in: zone)!.addingTimeInterval(TimeInterval(minutes * 60))
        return ICalEvent(
            uid: uid,
            sequence: sequence,
            stamp: stamp,
            lastModified: stamp,
            start: start,
            end: ICalDateTime(instant, in: zone),
            summary: summary,
            location: "ABF Värmland, Karlstad, Drottninggatan 1",
            geo: ICalGeo(latitude: 59.3793, longitude: 13.5036),
            url: "https://example.org/kurser/feministisk-grundkurs",
            description: "Fyra träffar om partiets feministiska analys.",
            categories: ["Feministisk utbildning", "Studiecirkel"],
            status: status,
            organizer: organizer
        )
    }

    /// Events on both sides of the March and October 2022 switches, all at 18:30 local.
    static let dstEvents: [ICalEvent] = [
        event("s1@circles.example.org", ICalDateTime(year: 2022, month: 3, day: 24, hour: 18, minute: 30)),
        event("s2@circles.example.org", ICalDateTime(year: 2022, month: 3, day: 31, hour: 18, minute: 30)),
        event("s3@circles.example.org", ICalDateTime(year: 2022, month: 10, day: 27, hour: 18, minute: 30)),
        event("s4@circles.example.org", ICalDateTime(year: 2022, month: 11, day: 3, hour: 18, minute: 30)),
    ]

    static func calendar(
        _ events: [ICalEvent] = dstEvents,
        name: String = "Vänsterpartiet Värmland: kurser"
    ) -> ICalCalendar {
        ICalCalendar(
            productID: "-//Vänsterpartiet Värmland//circles//SV",
            name: name,
            description: "Studiecirklar och utbildningar",
            timeZone: .stockholm,
            refreshInterval: .seconds(3600),
            events: events
        )
    }

    static func utc(_ text: String) -> Date {
        try! Date(text, strategy: .iso8601)
    }

    /// The text with folded lines joined again (RFC 5545 3.1), for checks on whole properties.
    static func unfold(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n ", with: "")
    }
}
