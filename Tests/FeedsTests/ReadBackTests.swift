import Catalogue
import Foundation
import ICal
import Testing

@testable import Feeds

/// Every published file read back: by libical (parse and iTIP restriction check) and by an
/// independent parser, Python's `icalendar`, against the schedule's own times.
@Suite struct ReadBackTests {
    @Test func everyFileParsesWithLibicalAndPassesTheRestrictionCheck() throws {
        let demo = try DemoPublication.get()
        let files = try demo.fixture.files().filter { $0.key.hasSuffix(".ics") }
        #expect(files.count > 20)
        #expect(files.keys.contains { $0.hasPrefix("calendars/courses/") })
        #expect(files.keys.contains { $0.hasPrefix("calendars/circles/") })
        #expect(files.keys.contains { $0.hasPrefix("calendars/associations/") })
        #expect(files.keys.contains { $0.hasPrefix("calendars/venues/") })
        #expect(files.keys.contains { $0.hasPrefix("people/") })
        let expected = demo.expectedTimes
        var seen = Set<String>()
        for (path, data) in files.sorted(by: { $0.key < $1.key }) {
            let text = String(decoding: data, as: UTF8.self)
            let parsed = try ICalParser.parse(text)
            #expect(parsed.errorCount == 0, "\(path): \(parsed.errors)")
            #expect(try ICalParser.restrictionCheck(text) == [], "\(path)")
            #expect(parsed.method == "PUBLISH")
            // A venue or association with no session has its feed all the same (issue 15):
            // a calendar with no events, so its URL keeps answering.
            if parsed.events.isEmpty {
                #expect(path.hasPrefix("calendars/venues/") || path.hasPrefix("calendars/associations/"), "\(path)")
                continue
            }
            #expect(parsed.timeZoneIDs == ["Europe/Stockholm"], "\(path)")
            for event in parsed.events {
                #expect(event.tzid == "Europe/Stockholm")
                #expect(event.status == .confirmed)
                #expect(event.organizer == "mailto:kalender@vansterpartiet-varmland.invalid")
                #expect(event.summary?.contains("träff") == true)
                let times = try #require(expected[event.uid], "\(path): unknown UID \(event.uid)")
                #expect(event.start == times.0, "\(path) \(event.uid)")
                #expect(event.end == times.1, "\(path) \(event.uid)")
                seen.insert(event.uid)
            }
        }
        // Every session of the schedule is in some feed.
        #expect(seen == Set(expected.keys))
    }

    @Test func pythonIcalendarReadsTheSameUTCTimesOnBothSidesOfEachDSTSwitch() throws {
        let demo = try DemoPublication.get()
        let events = try ExternalTool.readWithPython(demo.fixture.output)
        let expected = demo.expectedTimes
        #expect(events.count > expected.count)  // sessions appear in several feeds
        for event in events {
            let times = try #require(expected[event.uid], "\(event.file): unknown UID \(event.uid)")
            #expect(event.start == times.0.utcText, "\(event.file) \(event.uid)")
            #expect(event.end == times.1.utcText, "\(event.file) \(event.uid)")
            #expect(event.status == "CONFIRMED")
            #expect(event.sequence == 0)
        }
        #expect(Set(events.map(\.uid)) == Set(expected.keys))
        // The check covers both offsets around both 2022 switches (27 March, 30 October).
        let starts = expected.values.map(\.0)
        let switches = [1_648_342_800.0, 1_667_091_600.0].map(Date.init(timeIntervalSince1970:))
        for instant in switches {
            #expect(
                starts.contains { $0 < instant && $0 > instant.addingTimeInterval(-14 * 86_400) },
                "no session just before \(instant)"
            )
            #expect(
                starts.contains { $0 > instant && $0 < instant.addingTimeInterval(14 * 86_400) },
                "no session just after \(instant)"
            )
        }
    }

    @Test func theHandScheduleAcrossBothSwitchesReadsRightInPython() throws {
        let fixture = try FeedsFixture()
        try fixture.publish(HandSchedule.dst())
        let events = try ExternalTool.readWithPython(fixture.output)
        let circle = events.filter { $0.file == "calendars/circles/fem-karlstad-var22.ics" }.map {
            "\($0.uid) \($0.start)"
        }
        #expect(
            circle == [
                "fem-karlstad-var22-1@vansterpartiet-varmland 2022-03-17T17:30:00Z",
                "fem-karlstad-var22-2@vansterpartiet-varmland 2022-03-24T17:30:00Z",
                "fem-karlstad-var22-3@vansterpartiet-varmland 2022-03-31T16:30:00Z",
                "fem-karlstad-var22-4@vansterpartiet-varmland 2022-04-07T16:30:00Z",
            ]
        )
        let media = events.filter { $0.file == "calendars/circles/media-digital-host22.ics" }.map {
            "\($0.uid) \($0.start) \($0.end)"
        }
        #expect(
            media == [
                "media-digital-host22-1@vansterpartiet-varmland 2022-10-29T08:00:00Z 2022-10-29T09:30:00Z",
                "media-digital-host22-2@vansterpartiet-varmland 2022-10-30T09:00:00Z 2022-10-30T10:30:00Z",
            ]
        )
    }

    @Test func eachEventSaysWhatWhereAndWhat() throws {
        let fixture = try FeedsFixture()
        try fixture.publish(HandSchedule.dst())
        let course = unfolded(try fixture.text("calendars/courses/feministisk-grundkurs.ics"))
        #expect(course.contains("SUMMARY:Feministisk grundkurs, träff 2 av 4\r\n"))
        #expect(course.contains("LOCATION:Stora salen, ABF Värmland, Karlstad, Drottninggatan 1, Karlstad\r\n"))
        #expect(course.contains("GEO:59.379300;13.503600\r\n"))
        #expect(course.contains("CATEGORIES:Feministisk utbildning\r\n"))
        #expect(course.contains("DTSTART;TZID=Europe/Stockholm:20220324T183000\r\n"))
        #expect(course.contains("DTEND;TZID=Europe/Stockholm:20220324T210000\r\n"))
        #expect(course.contains("DESCRIPTION:Fyra träffar om partiets feministiska analys.\r\n"))
        #expect(course.contains("X-WR-CALNAME:Feministisk grundkurs – Vänsterpartiet Värmland\r\n"))
        #expect(course.contains("REFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n"))
        #expect(course.contains("X-PUBLISHED-TTL:PT1H\r\n"))
        #expect(course.contains("X-WR-TIMEZONE:Europe/Stockholm\r\n"))
        #expect(
            course.contains("ORGANIZER;CN=Vänsterpartiet Värmland:mailto:kalender@vansterpartiet-varmland.invalid\r\n")
        )
        #expect(course.contains("SEQUENCE:0\r\n"))
        #expect(course.contains("DTSTAMP:20220101T000000Z\r\n"))
        #expect(course.contains("LAST-MODIFIED:20220101T000000Z\r\n"))
        #expect(course.contains("STATUS:CONFIRMED\r\n"))
        let media = unfolded(try fixture.text("calendars/courses/mediatraning-kandidater.ics"))
        #expect(media.contains("URL:https://meet.example.org/media-digital-host22\r\n"))
        #expect(media.contains("CONFERENCE;VALUE=URI;FEATURE=VIDEO:https://meet.example.org/media-digital-host22\r\n"))
        #expect(media.contains("LOCATION:Digitalt möte\r\n"))
        #expect(!media.contains("GEO:"))
        // Only in-person sessions in the association's municipality are in its feed.
        let karlstad = unfolded(try fixture.text("calendars/associations/karlstad.ics"))
        #expect(karlstad.contains("fem-karlstad-var22-1@"))
        #expect(!karlstad.contains("media-digital-host22"))
        // Arvika has no session: its feed is there, empty (a feed once published stays).
        #expect(try ICalParser.parse(try fixture.text("calendars/associations/arvika.ics")).events.isEmpty)
    }
}
