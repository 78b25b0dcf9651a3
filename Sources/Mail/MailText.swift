import Catalogue
import Foundation

/// Every word of the messages, in the plan's language, and how times are written there
/// (`tisdag 15 mars 2022 kl. 18.00–20.30`, `Tuesday 15 March 2022, 18:00–20:30`).
///
/// Written out here rather than taken from the system's locale data, so the same plan gives
/// the same message on every machine.
struct MailText: Sendable {
    let language: Language
    let organisation: String

    private var sv: Bool { language == .sv }

    func greeting(_ name: String) -> String { sv ? "Hej \(name)!" : "Hello \(name)," }

    func welcomeSubject() -> String {
        sv ? "Välkommen: dina träffar med \(organisation)" : "Welcome: your meetings with \(organisation)"
    }
    func welcomeIntro() -> String {
        sv
            ? "Du har fått plats i en studiecirkel. Här är dina träffar:"
            : "You have a place in a study circle. These are your meetings:"
    }

    func changeSubject() -> String {
        sv ? "Ändrat: dina träffar med \(organisation)" : "Changed: your meetings with \(organisation)"
    }
    func changeIntro() -> String {
        sv
            ? "Något har ändrats för dina träffar sedan vi skrev senast:"
            : "Something has changed for your meetings since we last wrote:"
    }

    func reminderSubject(_ summary: String, _ when: String) -> String {
        sv ? "Påminnelse: \(summary), \(when)" : "Reminder: \(summary), \(when)"
    }
    func reminderIntro() -> String { sv ? "En påminnelse om din nästa träff:" : "A reminder of your next meeting:" }

    func confirmationSubject() -> String {
        sv ? "Bekräfta din anmälan till \(organisation)" : "Confirm your sign-up with \(organisation)"
    }
    func confirmationIntro(_ course: String) -> String {
        sv
            ? "Tack för din anmälan till \(course). Bekräfta den genom att öppna länken nedan (inom 7 dagar):"
            : "Thank you for signing up for \(course). Confirm it by opening the link below (within 7 days):"
    }
    func confirmationIgnore() -> String {
        sv
            ? "Har du inte anmält dig? Då kan du bortse från det här meddelandet."
            : "Did not sign up? Then you can ignore this message."
    }

    func moved() -> String { sv ? "Flyttad" : "Moved" }
    func cancelled() -> String { sv ? "Inställd" : "Cancelled" }
    func added() -> String { sv ? "Ny" : "New" }
    func before() -> String { sv ? "tidigare" : "was" }
    func now() -> String { sv ? "nu" : "now" }

    func linkIntro() -> String {
        sv
            ? "Din personliga kalender med alla dina träffar (prenumerera på den i din kalenderapp, så ser du alltid det senaste):"
            : "Your personal calendar with all your meetings (subscribe to it in your calendar app to always see the latest):"
    }
    func footer() -> String {
        sv
            ? "Det här meddelandet skickades automatiskt av \(organisation) och gäller bara dig. Svara gärna om något är fel."
            : "This message was sent automatically by \(organisation) and concerns only you. Reply if anything is wrong."
    }
    func digital() -> String { sv ? "Digitalt" : "Online" }

    /// `tisdag 15 mars 2022 kl. 18.00–20.30` in `zone`.
    func when(_ start: Date, _ end: Date, in zone: TimeZone) -> String {
        let from = Self.parts(start, zone)
        let to = Self.parts(end, zone)
        let days =
            sv
            ? ["söndag", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag"]
            : ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
        let months =
            sv
            ? [
                "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
                "november", "december",
            ]
            : [
                "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December",
            ]
        func clock(_ p: DateComponents) -> String {
            let minute = p.minute! < 10 ? "0\(p.minute!)" : "\(p.minute!)"
            let hour = p.hour! < 10 ? "0\(p.hour!)" : "\(p.hour!)"
            return sv ? "\(hour).\(minute)" : "\(hour):\(minute)"
        }
        let day = "\(days[from.weekday! - 1]) \(from.day!) \(months[from.month! - 1]) \(from.year!)"
        return sv ? "\(day) kl. \(clock(from))–\(clock(to))" : "\(day), \(clock(from))–\(clock(to))"
    }

    /// `15/3 kl. 18.00`: short, for subjects.
    func short(_ start: Date, in zone: TimeZone) -> String {
        let p = Self.parts(start, zone)
        let minute = p.minute! < 10 ? "0\(p.minute!)" : "\(p.minute!)"
        let hour = p.hour! < 10 ? "0\(p.hour!)" : "\(p.hour!)"
        return sv ? "\(p.day!)/\(p.month!) kl. \(hour).\(minute)" : "\(p.day!)/\(p.month!) at \(hour):\(minute)"
    }

    private static func parts(_ date: Date, _ zone: TimeZone) -> DateComponents {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar.dateComponents([.year, .month, .day, .hour, .minute, .weekday], from: date)
    }
}
