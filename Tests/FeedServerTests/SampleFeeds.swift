/// The files of a small published folder, as the Feeds module would write them.
enum SampleFeeds {
    static let tokenA = "3f9a1c7e5b2d4f6081a3c5e7f9b1d3e5"
    static let tokenB = "k7q2m9x4p6w8z3n5r1t0v2b4c6"  // 26 characters, base32-like
    /// tokenA with its last character changed: shaped right, one step away.
    static let nearMissA = "3f9a1c7e5b2d4f6081a3c5e7f9b1d3e6"
    static let stranger = "0123456789abcdef0123456789abcdef"

    /// A calendar with `events` events; repetitive like real feeds, so gzip pays off.
    static func calendar(_ name: String, events: Int, version: Int) -> String {
        var text =
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Vänsterpartiet Värmland//circles//SV\r\nX-WR-CALNAME:\(name)\r\n"
        for number in 0..<events {
            text += """
                BEGIN:VEVENT\r
                UID:\(name)-\(number)@circles.example\r
                SEQUENCE:\(version)\r
                DTSTAMP:20220101T120000Z\r
                DTSTART;TZID=Europe/Stockholm:202203\(10 + number % 18)T180000\r
                DTEND;TZID=Europe/Stockholm:202203\(10 + number % 18)T203000\r
                SUMMARY:\(name) träff \(number + 1) (version \(version))\r
                LOCATION:ABF Värmland\\, Karlstad\r
                END:VEVENT\r

                """
        }
        return text + "END:VCALENDAR\r\n"
    }

    /// One published version; `version` changes every body, so two versions never share one.
    static func files(version: Int) -> [String: String] {
        [
            "index.html": "<!doctype html><title>Kalendrar</title><p>version \(version)</p>\n",
            "calendars/courses/feministisk-grundkurs.ics": calendar(
                "feministisk-grundkurs",
                events: 40,
                version: version
            ),
            "calendars/circles/karlstad-1.ics": calendar("karlstad-1", events: 4, version: version),
            "calendars/associations/karlstad.ics": calendar("karlstad", events: 12, version: version),
            "calendars/venues/abf-karlstad.ics": calendar("abf-karlstad", events: 1, version: version),
            "people/\(tokenA).ics": calendar("person-a", events: 6, version: version),
            "people/\(tokenB).ics": calendar("person-b", events: 2, version: version),
            // Not feeds: must never be served.
            "calendars/venues/notes.txt": "internal notes\n",
            "calendars/courses/Upper.ics": calendar("upper", events: 1, version: version),
            "calendars/courses/sub/nested.ics": calendar("nested", events: 1, version: version),
            "people/short.ics": calendar("short", events: 1, version: version),
            "secret.ics": "SECRET top-level file\n",
            // Pages and the stylesheet, at /courses/<id> and /style.css.
            "style.css": "body { color: #222; }\n",
            "courses/feministisk-grundkurs.html": "<!doctype html><title>Kurs</title><p>version \(version)</p>\n",
            "courses/Upper.html": "<!doctype html><title>Never served</title>\n",
            "courses/feministisk-grundkurs.ics": "SECRET: a feed where pages are, never served\n",
        ]
    }
}
