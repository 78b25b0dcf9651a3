import Foundation
import Testing

@testable import ICal

/// Folding and escaping of the text libical writes.
@Suite struct TextTests {
    @Test func longUTF8TextIsFoldedAtCharacterBoundariesWithinSeventyFiveOctets() throws {
        // Odd prefix lengths shift where the 75-octet limit falls relative to the 2-byte letters.
        let description = (0..<40).map { "Å\(String(repeating: "x", count: $0 % 3))äö rättvisa, jämlikhet;" }.joined()
        var event = Fixtures.event("fold@circles.example.org", ICalDateTime(year: 2022, month: 4, day: 5, hour: 18))
        event.description = description
        event.summary = String(repeating: "Räksmörgås ", count: 12) + "slut"
        let text = try ICalWriter.serialize(Fixtures.calendar([event]))

        #expect(text.hasSuffix("\r\n"))
        let bytes = Array(text.utf8)
        var lines: [[UInt8]] = [[]]
        var index = 0
        while index < bytes.count {
            if bytes[index] == 13 {
                #expect(index + 1 < bytes.count && bytes[index + 1] == 10, "CR without LF at \(index)")
                lines.append([])
                index += 2
                continue
            }
            #expect(bytes[index] != 10, "LF without CR at \(index)")
            lines[lines.count - 1].append(bytes[index])
            index += 1
        }
        var folded = 0
        for line in lines {
            #expect(line.count <= 75, "line of \(line.count) octets")
            // A line that is valid UTF-8 on its own was not split inside a character.
            #expect(String(validating: line, as: UTF8.self) != nil, "line splits a UTF-8 character")
            if line.first == 32 { folded += 1 }
        }
        #expect(folded > 10)
        let parsed = try #require(try ICalParser.parse(text).events.first)
        #expect(parsed.description == description)
        #expect(parsed.summary == event.summary)
    }

    @Test func commasSemicolonsBackslashesAndNewlinesAreEscaped() throws {
        var event = Fixtures.event("esc@circles.example.org", ICalDateTime(year: 2022, month: 4, day: 5, hour: 18))
        event.summary = "Kurs, del 1; teori \\ praktik"
        event.location = "Folkets hus, Arvika; sal 2"
        event.description = "Rad ett\nRad två, med komma"
        let text = Fixtures.unfold(try ICalWriter.serialize(Fixtures.calendar([event])))
        #expect(text.contains("\r\nSUMMARY:Kurs\\, del 1\\; teori \\\\ praktik\r\n"))
        #expect(text.contains("\r\nLOCATION:Folkets hus\\, Arvika\\; sal 2\r\n"))
        #expect(text.contains("\r\nDESCRIPTION:Rad ett\\nRad två\\, med komma\r\n"))
        let parsed = try #require(try ICalParser.parse(text).events.first)
        #expect(parsed.summary == event.summary)
        #expect(parsed.location == event.location)
        #expect(parsed.description == event.description)
    }

    @Test func calendarNameWithPunctuationRoundTrips() throws {
        let text = try ICalWriter.serialize(Fixtures.calendar(name: "Kurser, hösten; Värmland"))
        #expect(text.contains("\r\nNAME:Kurser\\, hösten\\; Värmland\r\n"))
        #expect(try ICalParser.parse(text).name == "Kurser, hösten; Värmland")
    }

    @Test func organizerNameWithPunctuationIsQuoted() throws {
        var event = Fixtures.event("org@circles.example.org", ICalDateTime(year: 2022, month: 4, day: 5, hour: 18))
        event.organizer = ICalOrganizer(name: "Vänsterpartiet Värmland; distriktet", email: "varmland@example.org")
        let text = try ICalWriter.serialize(Fixtures.calendar([event]))
        #expect(
            Fixtures.unfold(text).contains(
                "ORGANIZER;CN=\"Vänsterpartiet Värmland; distriktet\":mailto:varmland@example.org"
            )
        )
        #expect(try ICalParser.parse(text).errorCount == 0)
    }
}
