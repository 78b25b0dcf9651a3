import Catalogue
import PublishedLayout

/// The pages `circles serve` makes for each request (sign-up, confirmation, the personal
/// page, the leader's list), from the same templates, header, footer and stylesheet as the
/// published pages. Contexts are plain dictionaries: these pages are made one at a time.
public enum SitePages {
    /// The templates that are whole pages of the server.
    public static let names = ["signup", "notice", "personal", "lead"]

    /// Renders the template `page` with `context`; every value is escaped for HTML except the
    /// QR code's SVG, which the project itself makes.
    public static func render(page: String, context: [String: Any]) throws(FeedsError) -> String {
        let templates = try PageTemplates.shared.get()
        return try templates.render(context, page: page)
    }

    /// The words of the published pages (header, footer, subscribe row) by name, made once
    /// per language (the table is read through `Mirror`).
    public static func words(_ language: Language) -> [String: String] {
        wordTables[language] ?? [:]
    }

    private static let wordTables = Dictionary(
        uniqueKeysWithValues: Language.allCases.map { ($0, PageWords.of($0).table) }
    )

    /// `måndag` / `Monday`: the published pages' name of a weekday.
    public static func weekdayName(_ day: Weekday, language: Language) -> String {
        FeedText(language: language).weekdays[day.rawValue - 1]
    }

    /// The subscribe row of a person's private feed, for the `subscribe` partial.
    public static func privateSubscribeRow(base: String, token: String, name: String) throws(FeedsError) -> Any {
        let links = FeedLinks(base: base)
        let https = links.privateURL(token: token)
        return try SubscribeRow(
            https: https,
            webcal: links.webcal(https),
            name: name,
            download: PublishedLayout.privateFeedPath(token: token),
            fileName: "\(name).ics",
            page: "/p/<token>"
        )
    }
}

extension SitePages {
    /// `tisdag 1 mars 2022` and `18:00–21:00` of a session given as local `2022-03-01T18:00`
    /// times, in the plan's language: the same phrases as the published pages.
    public static func sessionWhen(start: String, end: String, language: Language) -> (date: String, time: String) {
        guard let date = LocalDate(iso: start.prefix(10)) else { return (start, "") }
        return sessionWhen(date: date, from: start.dropFirst(11).prefix(5), to: end.dropFirst(11).prefix(5), language)
    }

    /// The same phrases for a session on `date` from `from` to `to`.
    public static func sessionWhen(
        date: LocalDate,
        from: LocalTime,
        to: LocalTime,
        language: Language
    ) -> (date: String, time: String) {
        sessionWhen(date: date, from: from.text[...], to: to.text[...], language)
    }

    private static func sessionWhen(
        date: LocalDate,
        from: Substring,
        to: Substring,
        _ language: Language
    ) -> (date: String, time: String) {
        (PageFormat(text: FeedText(language: language)).longDate(date), "\(from)–\(to)")
    }
}
