import Catalogue

/// `Calendars/index.html`: the public feeds with their links, how to subscribe, and a
/// week-by-week timetable per term. Public: built from public data only (no person, token
/// or e-mail ever reaches it).
struct IndexPage {
    let workspace: Workspace
    let text: FeedText
    let links: FeedLinks

    func html(feeds: [(FeedKey, String)], events: [FeedEvent]) -> String {
        let sv = text.language == .sv
        let organisation = escape(workspace.plan.organisation)
        var html = """
            <!DOCTYPE html>
            <html lang="\(text.language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(organisation): \(sv ? "kalendrar" : "calendars")</title>
            <style>
            body { font-family: system-ui, sans-serif; margin: 1.5rem; color: #222; }
            h1 { color: #b00; } table { border-collapse: collapse; width: 100%; margin-bottom: 2rem; }
            th, td { border: 1px solid #ccc; padding: 0.3rem; vertical-align: top; font-size: 0.85rem; }
            th { background: #f4f4f4; } td.week { white-space: nowrap; font-weight: bold; background: #fafafa; }
            .session { margin-bottom: 0.35rem; } .time { font-variant-numeric: tabular-nums; color: #555; }
            .venue { color: #555; } ul.feeds li { margin: 0.2rem 0; }
            </style>
            </head>
            <body>
            <h1>\(organisation)</h1>

            """
        html += sv
            ? "<p>Prenumerera på en kalender så hamnar träffarna i din egen kalender och uppdateras när något ändras eller ställs in.</p>\n"
            : "<p>Subscribe to a calendar and its sessions appear in your own calendar, updated when something moves or is cancelled.</p>\n"
        html += "<h2>\(sv ? "Kalendrar" : "Calendars")</h2>\n"
        let groups: [(String, String)] = sv
            ? [("courses", "Kurser"), ("associations", "Föreningar"), ("venues", "Lokaler"), ("circles", "Cirklar")]
            : [("courses", "Courses"), ("associations", "Associations"), ("venues", "Venues"), ("circles", "Circles")]
        for (prefix, title) in groups {
            let members = feeds.filter { $0.0.key.hasPrefix(prefix + "/") }
            if members.isEmpty { continue }
            html += "<h3>\(title)</h3>\n<ul class=\"feeds\">\n"
            for (feed, name) in members {
                let url = links.publicURL(feed)
                html += "<li>\(escape(name)): <a href=\"\(escape(url))\">\(escape(url))</a> "
                html += "(<a href=\"\(escape(links.webcal(url)))\">webcal</a>)</li>\n"
            }
            html += "</ul>\n"
        }
        html += subscribeHelp(sv: sv)
        html += timetable(events: events.filter { $0.status != .cancelled }, sv: sv)
        html += "</body>\n</html>\n"
        return html
    }

    private func subscribeHelp(sv: Bool) -> String {
        if sv {
            return """
                <h2>Så prenumererar du</h2>
                <ul>
                <li><b>Google Kalender</b> (på datorn): Andra kalendrar, +, Från webbadress; klistra in https-adressen. Google hämtar om kalendern några gånger per dygn.</li>
                <li><b>Outlook</b>: Lägg till kalender, Prenumerera från webben; klistra in https-adressen (nya Outlook tar inte emot webcal-adresser).</li>
                <li><b>Apple Kalender</b> (Mac, iPhone): klicka på webcal-länken, eller Arkiv, Ny kalenderprenumeration med https-adressen.</li>
                <li><b>Thunderbird</b>: Ny kalender, I nätverket; klistra in https-adressen (eller klicka på webcal-länken).</li>
                </ul>
                <p>Din personliga kalender, med bara dina egna träffar, har en egen hemlig adress som du får av distriktet. Dela den inte.</p>

                """
        }
        return """
            <h2>How to subscribe</h2>
            <ul>
            <li><b>Google Calendar</b> (on a computer): Other calendars, +, From URL; paste the https address. Google refreshes a few times a day.</li>
            <li><b>Outlook</b>: Add calendar, Subscribe from web; paste the https address (new Outlook does not accept webcal addresses).</li>
            <li><b>Apple Calendar</b> (Mac, iPhone): click the webcal link, or File, New Calendar Subscription with the https address.</li>
            <li><b>Thunderbird</b>: New Calendar, On the Network; paste the https address (or click the webcal link).</li>
            </ul>
            <p>Your personal calendar, with only your own sessions, has its own secret address that the district sends you. Do not share it.</p>

            """
    }

    /// One table per term: a row per week (ISO week number and Monday's date), a column per
    /// weekday, each cell the sessions of that day in time order.
    private func timetable(events: [FeedEvent], sv: Bool) -> String {
        var html = "<h2>\(sv ? "Vecka för vecka" : "Week by week")</h2>\n"
        for term in workspace.plan.terms {
            let inTerm = events.filter { term.contains($0.start.date) }
            if inTerm.isEmpty { continue }
            var byDay: [LocalDate: [FeedEvent]] = [:]
            for event in inTerm { byDay[event.start.date, default: []].append(event) }
            html += "<h3>\(escape(term.name))</h3>\n<table>\n<tr><th>\(sv ? "Vecka" : "Week")</th>"
            for day in text.weekdays { html += "<th>\(day)</th>" }
            html += "</tr>\n"
            let firstDate = inTerm.map(\.start.date).min()!
            let lastDate = inTerm.map(\.start.date).max()!
            var monday = firstDate.adding(days: 1 - firstDate.weekday.rawValue)
            while monday <= lastDate {
                html += "<tr><td class=\"week\">\(text.week(Self.isoWeek(monday)))<br>\(dayMonth(monday))</td>"
                for offset in 0..<7 {
                    let day = monday.adding(days: offset)
                    html += "<td>"
                    let sessions = (byDay[day] ?? []).sorted { ($0.start.local, $0.uid) < ($1.start.local, $1.uid) }
                    for event in sessions {
                        html += "<div class=\"session\"><span class=\"time\">\(time(event.start))–\(time(event.end))</span> "
                        html += "<b>\(escape(event.courseTitle))</b> \(text.sessionShort(event.session, event.sessionCount))<br>"
                        html += "<span class=\"venue\">\(escape(event.venueName))</span></div>"
                    }
                    html += "</td>"
                }
                html += "</tr>\n"
                monday = monday.adding(days: 7)
            }
            html += "</table>\n"
        }
        return html
    }

    private func time(_ value: ScheduleTime) -> String {
        func two(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
        return "\(two(value.local.hour)):\(two(value.local.minute))"
    }

    private func dayMonth(_ date: LocalDate) -> String { "\(date.day) \(text.months[date.month - 1])" }

    /// The ISO 8601 week number: the week that holds the Thursday.
    static func isoWeek(_ date: LocalDate) -> Int {
        let thursday = date.adding(days: 4 - date.weekday.rawValue)
        let januaryFirst = LocalDate(year: thursday.year, month: 1, day: 1)!
        return januaryFirst.days(to: thursday) / 7 + 1
    }

    private func escape(_ value: String) -> String {
        var result = ""
        for character in value {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
