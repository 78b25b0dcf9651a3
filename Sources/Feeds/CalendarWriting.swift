import Catalogue
import Foundation
import ICal
import State

/// Serialises the feeds of one publication and writes them into the staging folder: first
/// each event once as public and once as private text (they differ only in the description),
/// then, on every core, each calendar as its properties, the VTIMEZONE and copies of its
/// events' texts, ordered by start and UID.
///
/// At national scale (8,000 sessions, 22,000 feeds) serialising each event once instead of
/// once per feed it is in cut the libical work by a factor of about ten.
struct CalendarWriting: Sendable {
    let events: [FeedEvent]
    private let publicTexts: [ICalEventText?]
    private let privateTexts: [ICalEventText?]
    /// The private copies for a hybrid session's remote participants (nil when it has none).
    private let remoteTexts: [ICalEventText?]
    private let timeZone: ICalTimeZone
    private let productID: String
    private let refreshInterval: Duration
    private let builder: FeedEvents
    private let courseOfCircle: [String: String]

    /// Serialises every event for the feeds it is in. `recorded` is what State says of each
    /// event (SEQUENCE, stamps), in the same order.
    init(
        events: [FeedEvent],
        recorded: [PublishedEvent],
        workspace: Workspace,
        options: FeedOptions,
        builder: FeedEvents,
        courseOfCircle: [String: String]
    ) throws(FeedsError) {
        let organisation = workspace.plan.organisation
        let organizer = ICalOrganizer(
            name: organisation,
            email: options.organizerEmail ?? "kalender@\(OrganisationSlug.make(organisation)).invalid"
        )
        let timeZone =
            workspace.plan.timeZoneIdentifier == ICalTimeZone.stockholm.identifier
            ? ICalTimeZone.stockholm : ICalTimeZone(identifier: workspace.plan.timeZoneIdentifier)
        // On one thread: every libical call takes the one lock of the ICal target, and two
        // threads contending for it were slower than one (0.54 s against 0.37 s here).
        let writer = try Self.writer(timeZone)
        var publicTexts: [ICalEventText?] = Array(repeating: nil, count: events.count)
        var privateTexts: [ICalEventText?] = Array(repeating: nil, count: events.count)
        var remoteTexts: [ICalEventText?] = Array(repeating: nil, count: events.count)
        for (index, event) in events.enumerated() {
            func text(isPrivate: Bool, remote: Bool = false) throws(FeedsError) -> ICalEventText {
                do {
                    return try writer.text(
                        of: event.icalEvent(recorded[index], organizer: organizer, isPrivate: isPrivate, remote: remote)
                    )
                } catch {
                    throw .calendar(feed: "event \(event.uid)", reason: error.description)
                }
            }
            if event.feeds.contains(where: { !$0.isPrivate }) { publicTexts[index] = try text(isPrivate: false) }
            if event.feeds.contains(where: \.isPrivate) { privateTexts[index] = try text(isPrivate: true) }
            if !event.remote.isEmpty { remoteTexts[index] = try text(isPrivate: true, remote: true) }
        }
        self.events = events
        self.publicTexts = publicTexts
        self.privateTexts = privateTexts
        self.remoteTexts = remoteTexts
        self.timeZone = timeZone
        productID = "-//\(organisation)//circles//\(workspace.plan.language.rawValue.uppercased())"
        refreshInterval = options.refreshInterval
        self.builder = builder
        self.courseOfCircle = courseOfCircle
    }

    /// Writes each of `feeds` (with the events at `members[feed]`) to its path, and the
    /// public pages, into `staging`.
    func write(
        feeds: [FeedKey],
        paths: [String],
        members: [FeedKey: [Int]],
        pages: PublicPages,
        into staging: StagingFolder
    ) throws(FeedsError) {
        let workers = publishingWorkers
        _ = try inParallel(workers) { worker throws(FeedsError) in
            for page in try pages.files(part: worker, of: workers) { try staging.add(page) }
            let writer = try Self.writer(timeZone)
            for position in stride(from: worker, to: feeds.count, by: workers) {
                let feed = feeds[position]
                try staging.add(try calendar(feed, path: paths[position], members: members[feed] ?? [], writer: writer))
            }
        }
    }

    private func calendar(
        _ feed: FeedKey,
        path: String,
        members: [Int],
        writer: ICalWriter
    ) throws(FeedsError) -> FeedFile {
        let texts = members.sorted {
            (events[$0].start.instant, events[$0].uid) < (events[$1].start.instant, events[$1].uid)
        }.map { index in
            guard case .person(let person) = feed else { return publicTexts[index]! }
            return events[index].remote.contains(person) ? remoteTexts[index]! : privateTexts[index]!
        }
        let calendar = ICalCalendar(
            productID: productID,
            name: builder.calendarName(feed, courseOfCircle: courseOfCircle),
            timeZone: timeZone,
            refreshInterval: refreshInterval,
            events: []
        )
        do {
            return FeedFile(
                path: path,
                data: Data(try writer.bytes(of: calendar, adding: texts)),
                isPrivate: feed.isPrivate
            )
        } catch {
            throw .calendar(feed: path, reason: error.description)
        }
    }

    private static func writer(_ timeZone: ICalTimeZone) throws(FeedsError) -> ICalWriter {
        do {
            return try ICalWriter(timeZone: timeZone)
        } catch {
            throw .calendar(feed: timeZone.identifier, reason: error.description)
        }
    }
}
