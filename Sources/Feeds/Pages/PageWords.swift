import Catalogue

/// Every fixed word of the public pages, in the plan's language.
///
/// Stored properties, not computed ones: the templates read them by name through Mirror,
/// which sees stored properties only (`{{words.sessions}}`).
struct PageWords: Sendable {
    let lang: String
    let calendars: String
    let intro: String
    let associations: String
    let kinds: String
    let courses: String
    let circles: String
    let sessions: String
    let weekByWeek: String
    let weekByWeekHint: String
    let noCircles: String
    let format: String
    let length: String
    let place: String
    let address: String
    let map: String
    let cancelled: String
    let moved: String
    let subscribe: String
    let subscribeIntro: String
    let appleLink: String
    let googleLink: String
    let outlookLink: String
    let downloadLink: String
    let copyLabel: String
    let qrCaption: String
    let privateHint: String
    let digital: String
    let home: String
    let upcoming: String
    let seatsHeading: String
    let allCircles: String
    /// A hybrid circle's fact: members who live too far away take part through this link.
    let onlineHeading: String
    /// The course page's link to its sign-up form (when the plan can send mail).
    let signUp: String

    /// The words by property name, made once per publication: the templates look words up
    /// dozens of times a page, and a dictionary answers without walking a `Mirror`.
    var table: [String: String] {
        Dictionary(
            uniqueKeysWithValues: Mirror(reflecting: self).children.compactMap { child in
                (child.value as? String).map { (child.label!, $0) }
            }
        )
    }

    static func of(_ language: Language) -> PageWords {
        switch language {
        case .sv: .swedish
        case .en: .english
        }
    }

    static let swedish = PageWords(
        lang: "sv",
        calendars: "kalendrar",
        intro:
            "Cirklar och utbildningar. Välj en kurs, förening eller lokal för att se när och var träffarna är, och prenumerera på kalendern: då hamnar träffarna i din egen kalender och uppdateras när något flyttas eller ställs in.",
        associations: "Föreningar",
        kinds: "Typ av utbildning",
        courses: "Kurser",
        circles: "Cirklar",
        sessions: "Träffar",
        weekByWeek: "Vecka för vecka",
        weekByWeekHint: "Träffarna vecka för vecka finns på varje förenings och lokals sida.",
        noCircles: "Inga kommande cirklar just nu.",
        format: "Form",
        length: "Omfattning",
        place: "Plats",
        address: "Adress",
        map: "Karta (OpenStreetMap)",
        cancelled: "Inställd",
        moved: "Flyttad",
        subscribe: "Prenumerera på kalendern",
        subscribeIntro:
            "Välj din kalender. Prenumerationen uppdateras av sig själv när en träff flyttas eller ställs in.",
        appleLink: "Apple Kalender, Thunderbird (webcal)",
        googleLink: "Google Kalender",
        outlookLink: "Outlook",
        downloadLink: "Ladda ner .ics (uppdateras inte)",
        copyLabel: "Kalenderns adress att kopiera",
        qrCaption: "QR-kod med kalenderns adress, att skanna med mobilen",
        privateHint:
            "Din personliga kalender, med bara dina egna träffar, har en egen hemlig adress som du får av distriktet. Dela den inte.",
        digital: "Digitalt",
        home: "Startsida",
        upcoming: "Kommande cirklar",
        seatsHeading: "Platser kvar",
        allCircles: "Alla cirklar",
        onlineHeading: "Delta på distans",
        signUp: "Anmäl dig"
    )

    static let english = PageWords(
        lang: "en",
        calendars: "calendars",
        intro:
            "Circles and trainings. Choose a course, association or venue to see when and where the sessions are, and subscribe to its calendar: the sessions then appear in your own calendar and are updated when something moves or is cancelled.",
        associations: "Associations",
        kinds: "Kinds of course",
        courses: "Courses",
        circles: "Circles",
        sessions: "Sessions",
        weekByWeek: "Week by week",
        weekByWeekHint: "Each association's and venue's page has its sessions week by week.",
        noCircles: "No upcoming circles at the moment.",
        format: "Format",
        length: "Length",
        place: "Place",
        address: "Address",
        map: "Map (OpenStreetMap)",
        cancelled: "Cancelled",
        moved: "Moved",
        subscribe: "Subscribe to the calendar",
        subscribeIntro: "Choose your calendar. A subscription updates itself when a session moves or is cancelled.",
        appleLink: "Apple Calendar, Thunderbird (webcal)",
        googleLink: "Google Calendar",
        outlookLink: "Outlook",
        downloadLink: "Download .ics (not updated)",
        copyLabel: "The calendar's address to copy",
        qrCaption: "QR code of the calendar's address, to scan with a phone",
        privateHint:
            "Your personal calendar, with only your own sessions, has its own secret address that the district sends you. Do not share it.",
        digital: "Online",
        home: "Home",
        upcoming: "Upcoming circles",
        seatsHeading: "Seats left",
        allCircles: "All circles",
        onlineHeading: "Join online",
        signUp: "Sign up"
    )
}
