import CirclesTesting
import Foundation
import Testing

@testable import ICal

/// Python's `icalendar` (installed by `scripts/setup --test`) reads our feed: a second
/// implementation, independent of libical, must see the same UTC instants.
@Suite struct IndependentReaderTests {
    static let script = """
        import sys, datetime, icalendar
        calendar = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
        print(str(calendar['X-WR-CALNAME']), '|', str(calendar['X-WR-TIMEZONE']))
        for event in calendar.walk('VEVENT'):
            start = event.decoded('DTSTART').astimezone(datetime.timezone.utc)
            print(str(event['UID']), start.strftime('%Y-%m-%dT%H:%M:%SZ'), str(event['STATUS']), str(event['SUMMARY']))
        """

    @Test func pythonIcalendarSeesTheSameUTCStarts() throws {
        var events = Fixtures.dstEvents
        events[3].status = .cancelled
        events[0].summary = "Räksmörgås, del 1; teori"
        // libical does not escape commas and semicolons in X- properties: still read right.
        let text = try ICalWriter.serialize(Fixtures.calendar(events, name: "Kurser, hösten; Värmland"))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ical-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let feed = folder.appendingPathComponent("feed.ics")
        let program = folder.appendingPathComponent("read.py")
        try Data(text.utf8).write(to: feed)
        try Data(Self.script.utf8).write(to: program)

        let read = try ProcessRunner.tool("python3", [program.path, feed.path])
        try #require(
            read.status == 0,
            "python3 with icalendar failed (run `scripts/setup --test`): \(read.standardError)"
        )
        let printed = read.standardOutput
        #expect(
            printed.split(separator: "\n").map(String.init) == [
                "Kurser, hösten; Värmland | Europe/Stockholm",
                "s1@circles.example.org 2022-03-24T17:30:00Z CONFIRMED Räksmörgås, del 1; teori",
                "s2@circles.example.org 2022-03-31T16:30:00Z CONFIRMED Feministisk grundkurs, träff 1",
                "s3@circles.example.org 2022-10-27T16:30:00Z CONFIRMED Feministisk grundkurs, träff 1",
                "s4@circles.example.org 2022-11-03T17:30:00Z CANCELLED Feministisk grundkurs, träff 1",
            ]
        )
    }
}
