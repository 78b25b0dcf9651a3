/// What one message says, before it is rendered by `MailTemplates`: the same for both parts.
struct MailContent: Sendable, Hashable {
    /// One session in the message.
    struct Item: Sendable, Hashable {
        /// `Flyttad`, `Inställd`, `Ny`; nil in a welcome or reminder.
        var label: String?
        var summary: String
        var when: String
        var place: String
        /// For a moved session: when and where it was before (both set, or neither: inside
        /// `{{#was}}` a missing key would be looked up in the item and show the new place).
        var wasWhen: String?
        var wasPlace: String?
    }

    var language: String
    var subject: String
    var greeting: String
    var intro: String
    var items: [Item]
    var wasLabel: String
    var linkIntro: String
    var link: String
    var note: String?
    var footer: String

    /// The dictionary mustache renders (it reads dictionaries and arrays of them).
    var context: [String: Any] {
        var context: [String: Any] = [
            "lang": language, "subject": subject, "greeting": greeting, "intro": intro, "wasLabel": wasLabel,
            "linkIntro": linkIntro, "link": link, "footer": footer,
        ]
        if let note { context["note"] = note }
        context["items"] = items.map { item -> [String: Any] in
            var entry: [String: Any] = ["summary": item.summary, "when": item.when, "place": item.place]
            if let label = item.label { entry["label"] = label }
            if let wasWhen = item.wasWhen {
                entry["was"] = ["when": wasWhen, "place": item.wasPlace ?? item.place]
            }
            return entry
        }
        return context
    }
}
