import Catalogue
import Foundation
import StableHash
import State

/// Makes the outbox messages of one workspace: the words (`MailText`), the parts
/// (`MailTemplates`), the headers (`ComposedMail`), for one recipient each.
///
/// A message carries only its recipient's own data: their name, their sessions (course, time,
/// place) and their link. Never another member's name or address, leaders included.
public struct MailComposer: Sendable {
    let settings: MailSettings
    let baseURL: String
    let zone: TimeZone
    let text: MailText
    let templates = MailTemplates()
    let workspace: Workspace

    public init(workspace: Workspace, settings: MailSettings, baseURL: String) {
        self.workspace = workspace
        self.settings = settings
        self.baseURL = baseURL
        zone = workspace.plan.timeZone
        text = MailText(language: workspace.plan.language, organisation: workspace.plan.organisation)
    }

    /// The line of a session: when.
    func when(_ start: Date, _ end: Date) -> String { text.when(start, end, in: zone) }

    /// Where, as a person finds it: room, venue and address, or the meeting link.
    func place(_ place: String) -> String {
        if place.hasPrefix("http://") || place.hasPrefix("https://") { return "\(text.digital()): \(place)" }
        guard let room = workspace.room(Room.ID(place)), let venue = workspace.venue(room.venue) else { return place }
        var parts: [String] = []
        if !room.name.isEmpty, room.name != room.localID, !venue.isOnline { parts.append(room.name) }
        parts.append(venue.name)
        if let address = venue.address, !address.isEmpty { parts.append(address) }
        return parts.joined(separator: ", ")
    }

    /// A message to `person` at `address`, queued `at`.
    func message(
        id: String,
        kind: MailKind,
        person: String,
        name: String,
        address: String,
        token: String?,
        subject: String,
        intro: String,
        items: [MailContent.Item],
        note: String? = nil,
        link: String? = nil,
        at date: Date
    ) -> OutboxMessage {
        let personal = token.map { PersonalLink.url(base: baseURL, token: $0) }
        let content = MailContent(
            language: text.language.rawValue,
            subject: subject,
            greeting: text.greeting(name),
            intro: intro,
            items: items,
            wasLabel: text.before(),
            linkIntro: link == nil ? text.linkIntro() : "",
            link: link ?? personal ?? baseURL,
            note: note,
            footer: text.footer()
        )
        let parts = templates.render(content)
        let domain = settings.from.domain.isEmpty ? "circles.invalid" : settings.from.domain
        let mail = ComposedMail(
            from: settings.from,
            replyTo: settings.replyTo,
            to: MailAddress(name: name, address: address),
            subject: subject,
            date: date,
            messageID: "\(StableHash.hex(id))\(StableHash.hex("\(id)|\(date.timeIntervalSince1970)"))@\(domain)",
            unsubscribe: personal,
            plain: parts.plain,
            html: parts.html
        )
        return OutboxMessage(
            id: id,
            kind: kind.rawValue,
            person: person,
            recipient: address,
            message: mail.text(),
            nextTryAt: date,
            queuedAt: date
        )
    }

    /// The sign-up confirmation (double opt-in): queued by the sign-up pages with the link
    /// to `/confirm/<code>`. It has no `List-Unsubscribe`: there is no personal page yet to
    /// point it at, and nothing further is sent unless the person confirms.
    public func signupConfirmation(
        signup: String,
        name: String,
        address: String,
        course: String,
        confirmURL: String,
        at date: Date
    ) -> OutboxMessage {
        let id = "\(MailKind.signupConfirmation.rawValue)/\(signup)"
        return message(
            id: id,
            kind: .signupConfirmation,
            person: signup,
            name: name,
            address: address,
            token: nil,
            subject: text.confirmationSubject(),
            intro: text.confirmationIntro(course),
            items: [],
            note: text.confirmationIgnore(),
            link: confirmURL,
            at: date
        )
    }
}
