import Catalogue
import Foundation
import StableHash
import State

/// What is due to whom at `now`, worked out from what State says was published and what each
/// person was last told (`ToldSession`). Pure: the same snapshot and time give the same
/// messages, which the outbox's ids then keep from being queued twice.
///
/// Why from State after the publication rather than inside `publish`'s transaction: State
/// already records exactly what each person's private feed shows (`published_event` and
/// `published_event_feed`), so Mail needs no hook in publishing (which other work changes
/// too), and comparing with what the person was *told* rather than with the publication
/// before gives one message per person with the net change however many publications came
/// between two runs (a move there and back is no change, and nothing is lost when a run of
/// `notify` is missed).
///
/// Per person with an e-mail address and a feed token:
/// - never welcomed, and with an upcoming session: one welcome listing their upcoming
///   sessions (and no change message beside it);
/// - welcomed: one change message listing every upcoming session of theirs that moved (old
///   and new time and place), was cancelled (or left their plan) or was added, if any;
/// - a reminder for each confirmed session starting within `remind_before` from now;
///   none for cancelled or past ones.
public struct DueMail: Sendable {
    public let workspace: Workspace
    public let composer: MailComposer
    public let settings: MailSettings
    /// The moment the schedule is looked at (`--now`).
    public let now: Date
    /// When the messages are stamped as queued (the real clock).
    public let stamp: Date

    public init(workspace: Workspace, settings: MailSettings, baseURL: String, now: Date, stamp: Date) {
        self.workspace = workspace
        self.settings = settings
        self.composer = MailComposer(workspace: workspace, settings: settings, baseURL: baseURL)
        self.now = now
        self.stamp = stamp
    }

    /// People without an e-mail address are counted here (and never named).
    public struct Outcome: Sendable {
        public var queueing = MailQueueing()
        public var withoutAddress = 0
    }

    public func decide(_ snapshot: MailSnapshot) -> Outcome {
        var outcome = Outcome()
        outcome.queueing.withdrawn = staleReminders(snapshot)
        let people = Set(snapshot.sessionsOfPerson.keys).union(snapshot.told.keys).sorted()
        for id in people {
            let current = (snapshot.sessionsOfPerson[id] ?? []).compactMap { snapshot.events[$0] }
            let told = snapshot.told[id] ?? [:]
            guard let person = workspace.person(Person.ID(id)), let token = snapshot.tokens[id] else { continue }
            guard let address = person.email, MailAddress.isPlausible(address) else {
                if !current.isEmpty { outcome.withoutAddress += 1 }
                continue
            }
            let send = { (id: String, kind: MailKind, subject: String, intro: String, items: [MailContent.Item]) in
                guard !snapshot.messageIDs.contains(id) else { return }
                outcome.queueing.messages.append(
                    composer.message(
                        id: id,
                        kind: kind,
                        person: person.id.rawValue,
                        name: person.name,
                        address: address,
                        token: token,
                        subject: subject,
                        intro: intro,
                        items: items,
                        at: stamp
                    )
                )
            }
            let nowKnown = current.map { toldSession(id, $0) }
            let welcomeID = "\(MailKind.welcome.rawValue)/\(id)"
            if !snapshot.messageIDs.contains(welcomeID) {
                let upcoming = current.filter { $0.status != .cancelled && $0.start >= now }.sorted(by: Self.byTime)
                if !upcoming.isEmpty {
                    send(
                        welcomeID,
                        .welcome,
                        composer.text.welcomeSubject(),
                        composer.text.welcomeIntro(),
                        upcoming.map(item)
                    )
                    outcome.queueing.told[id] = nowKnown
                }
            } else {
                let changes = self.changes(current, told: told)
                if !changes.isEmpty {
                    let key = changes.map(\.key).joined(separator: "\n")
                    send(
                        "\(MailKind.change.rawValue)/\(id)/\(StableHash.hex(key))",
                        .change,
                        composer.text.changeSubject(),
                        composer.text.changeIntro(),
                        changes.map(\.item)
                    )
                }
                if Set(nowKnown) != Set(told.values) { outcome.queueing.told[id] = nowKnown }
            }
            if settings.remindBeforeMinutes > 0 {
                let lead = TimeInterval(settings.remindBeforeMinutes * 60)
                for event in current.sorted(by: Self.byTime)
                where event.status != .cancelled && event.start > now && event.start.addingTimeInterval(-lead) <= now {
                    let start = Int64(event.start.timeIntervalSince1970)
                    send(
                        "\(MailKind.reminder.rawValue)/\(id)/\(event.uid)/\(start)",
                        .reminder,
                        composer.text.reminderSubject(
                            event.summary,
                            composer.text.short(event.start, in: composer.zone)
                        ),
                        composer.text.reminderIntro(),
                        [item(event)]
                    )
                }
            }
        }
        return outcome
    }

    /// Reminders (`reminder/<person>/<uid>/<start>`) whose session is no longer the person's
    /// at that time, was cancelled or has begun: if one is still queued it must not go.
    private func staleReminders(_ snapshot: MailSnapshot) -> [String] {
        let prefix = "\(MailKind.reminder.rawValue)/"
        return snapshot.messageIDs.filter { $0.hasPrefix(prefix) }.sorted().filter { id in
            let parts = id.dropFirst(prefix.count).split(separator: "/", maxSplits: 1)
            guard parts.count == 2, let slash = parts[1].lastIndex(of: "/"),
                let start = Int64(parts[1][parts[1].index(after: slash)...])
            else { return false }
            let person = String(parts[0])
            let uid = String(parts[1][..<slash])
            guard (snapshot.sessionsOfPerson[person] ?? []).contains(uid), let event = snapshot.events[uid] else {
                return true
            }
            return event.status == .cancelled || Int64(event.start.timeIntervalSince1970) != start || event.start <= now
        }
    }

    private struct Change {
        var key: String
        var start: Date
        var item: MailContent.Item
    }

    /// Upcoming sessions of the person that moved, were cancelled or were added compared with
    /// what they were told; in time order.
    private func changes(_ current: [PublishedEvent], told: [String: ToldSession]) -> [Change] {
        var changes: [Change] = []
        let text = composer.text
        var seen = Set<String>()
        for event in current {
            seen.insert(event.uid)
            let before = told[event.uid]
            let live = event.status != .cancelled
            switch before {
            case nil where live && event.start >= now,
                .some(_) where live && before!.status == .cancelled && event.start >= now:
                changes.append(
                    Change(
                        key: "added|\(event.uid)|\(event.sequence)|\(event.start)|\(event.place)",
                        start: event.start,
                        item: item(event, label: text.added())
                    )
                )
            case .some(let old) where !live && old.status != .cancelled && old.start >= now:
                changes.append(
                    Change(
                        key: "cancelled|\(event.uid)|\(event.sequence)|\(old.start)",
                        start: old.start,
                        item: cancelled(old)
                    )
                )
            case .some(let old)
            where live && old.status != .cancelled
                && (old.start != event.start || old.end != event.end || old.place != event.place)
                && max(old.start, event.start) >= now:
                var entry = item(event, label: text.moved())
                entry.wasWhen = composer.when(old.start, old.end)
                entry.wasPlace = composer.place(old.place)
                changes.append(
                    Change(
                        key:
                            "moved|\(event.uid)|\(event.sequence)|\(old.start)|\(old.place)|\(event.start)|\(event.end)|\(event.place)",
                        start: event.start,
                        item: entry
                    )
                )
            default:
                break
            }
        }
        // Sessions the person was told of that are no longer in their plan (they left the circle).
        for old in told.values.sorted(by: { $0.uid < $1.uid })
        where !seen.contains(old.uid) && old.status != .cancelled && old.start >= now {
            changes.append(Change(key: "cancelled|\(old.uid)|\(old.start)", start: old.start, item: cancelled(old)))
        }
        return changes.sorted { ($0.start, $0.key) < ($1.start, $1.key) }
    }

    private func cancelled(_ old: ToldSession) -> MailContent.Item {
        MailContent.Item(
            label: composer.text.cancelled(),
            summary: old.summary,
            when: composer.when(old.start, old.end),
            place: composer.place(old.place)
        )
    }

    private func item(_ event: PublishedEvent) -> MailContent.Item { item(event, label: nil) }

    private func item(_ event: PublishedEvent, label: String?) -> MailContent.Item {
        MailContent.Item(
            label: label,
            summary: event.summary,
            when: composer.when(event.start, event.end),
            place: composer.place(event.place)
        )
    }

    private func toldSession(_ person: String, _ event: PublishedEvent) -> ToldSession {
        ToldSession(
            person: person,
            uid: event.uid,
            start: event.start,
            end: event.end,
            place: event.place,
            status: event.status,
            summary: event.summary
        )
    }

    private static func byTime(_ a: PublishedEvent, _ b: PublishedEvent) -> Bool { (a.start, a.uid) < (b.start, b.uid) }
}
