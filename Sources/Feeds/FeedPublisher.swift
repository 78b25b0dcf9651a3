import Catalogue
import Foundation
import ICal
import Planner
import PublishedLayout
import State

/// Publishes a schedule as iCalendar feeds: decides which calendars exist and what each event
/// says, keeps UID and SEQUENCE right through State, and swaps the whole set in at once.
///
/// The rules (DESIGN.md):
/// - UID from stable identity: `<circle>-<session>@<organisation-slug>`;
/// - SEQUENCE, DTSTAMP and LAST-MODIFIED come from State: SEQUENCE rises and the stamp moves
///   when the time, place, status or title changes, the stamp alone when any other text does
///   (a new leader's name), so an unchanged plan gives the same bytes;
/// - a feed once published stays at its URL: a course's, venue's or association's feed as
///   long as it is in the workspace, a circle's as long as its course is, a person's private
///   one as long as they are in people.csv and keep their token; with nothing in it, it is a
///   calendar with no events (a 404 would leave subscribers with the old sessions forever);
/// - a published session that left the plan is published as STATUS:CANCELLED (SEQUENCE + 1)
///   in the feeds it was in, on every publication until its date is before `today`, then it is
///   dropped (withdrawn in State): subscribed calendars end up clean;
/// - public feeds and pages carry no person's name, e-mail or token; the leader's name
///   is only in the private `people/<token>.ics` feeds, and the links to those are only in the
///   private feeds list.
///
/// State is written on another thread while the feeds are written, and its transaction is
/// held open until the swap was tried (`CommitGate`): committed when the new folder is in,
/// rolled back when it is not, so State and the published folder never disagree.
public struct FeedPublisher: Sendable {
    public let workspace: Workspace
    public let store: StateStore
    public var options: FeedOptions
    /// Test hook of the atomic swap; see `AtomicFolder.afterEachFile`.
    var afterEachFile: (@Sendable (Int) throws -> Void)?

    public init(workspace: Workspace, store: StateStore, options: FeedOptions = FeedOptions()) {
        self.workspace = workspace
        self.store = store
        self.options = options
    }

    /// Publishes `schedule` into `output` (e.g. `Calendars/`) as it stands on `today` (a date
    /// in the plan's time zone: the CLI passes the real one, tests a fixed one), and writes the
    /// private list of feed links to `feedsList`.
    @discardableResult
    public func publish(
        _ schedule: Schedule,
        today: LocalDate,
        output: URL,
        feedsList: URL
    ) throws(FeedsError) -> PublishReport {
        var clock = PhaseClock()
        var report = PublishReport()
        let links = FeedLinks(base: try options.checkedBase())
        let builder = FeedEvents(workspace: workspace)
        let zone = workspace.plan.timeZone
        let planned = try builder.planned(schedule)

        let known = try state { try store.publishedEvents() }
        let plannedUIDs = Set(planned.map(\.uid))
        var leaving: [PublishedEvent] = []
        var dropped: [String] = []
        for event in known where event.withdrawnAt == nil && !plannedUIDs.contains(event.uid) {
            if LocalTimestamp(instant: event.start, in: zone).date < today {
                dropped.append(event.uid)
            } else {
                leaving.append(event)
            }
        }
        let leavingFeeds = try state { try store.publishedFeeds(of: leaving.map(\.uid)) }
        let cancelled = leaving.map { builder.cancelled($0, feeds: leavingFeeds[$0.uid] ?? []) }
        let events = planned + cancelled
        report.timings.events = clock.lap()

        // Which feeds each event is in, and so who needs a token.
        var byFeed: [FeedKey: [Int]] = [:]
        for (index, event) in events.enumerated() {
            for feed in event.feeds { byFeed[feed, default: []].append(index) }
        }
        var courseOfCircle = Dictionary(
            schedule.circles.map { ($0.id.rawValue, $0.course.rawValue) },
            uniquingKeysWith: { first, _ in first }
        )
        for feed in try keptFeeds(known: known, courseOfCircle: &courseOfCircle) where byFeed[feed] == nil {
            byFeed[feed] = []
        }
        let people = byFeed.keys.compactMap { feed -> String? in
            if case .person(let id) = feed { return id }
            return nil
        }.sorted()
        var feedsOfUID: [String: [String]] = [:]
        for event in planned { feedsOfUID[event.uid] = event.feeds.map(\.key) }

        // What State will record (SEQUENCE, stamps, tokens, created once and then kept),
        // worked out now and written on another thread while the feeds are written: the new
        // folder is swapped in only once State has it.
        let pending = try state {
            try store.preparePublication(events.map(\.content), feeds: feedsOfUID, people: people)
        }
        let recorded = pending.events
        let gate = CommitGate()
        let committing = Background { [store] () throws(FeedsError) in
            do {
                try store.commit(pending) {
                    gate.written()
                    try gate.outcome()
                }
            } catch {
                gate.failed()
                throw FeedsError.state(reason: "\(error)")
            }
        }
        /// Ends the open transaction without keeping it, and waits for the thread.
        func abandonState() {
            gate.abandon()
            _ = try? committing.wait()
        }
        let before = Dictionary(known.map { ($0.uid, $0) }, uniquingKeysWith: { first, _ in first })
        for (event, now) in zip(events, recorded) {
            guard let old = before[event.uid], old.withdrawnAt == nil else {
                report.newEvents += 1
                continue
            }
            if event.status == .cancelled {
                if old.status == .cancelled { report.stillCancelledEvents += 1 } else { report.cancelledEvents += 1 }
            } else if now.sequence != old.sequence || now.changedAt != old.changedAt {
                report.changedEvents += 1
            } else {
                report.unchangedEvents += 1
            }
        }
        report.droppedEvents = dropped.count
        let tokens = Dictionary(uniqueKeysWithValues: pending.tokens.map { ($0.person, $0.token) })
        report.timings.state = clock.lap()

        let feeds = byFeed.keys.sorted()
        let paths = feeds.map { feed in
            if case .person(let id) = feed {
                PublishedLayout.privateFeedFile(token: tokens[id]!)
            } else {
                feed.publishedFile!
            }
        }
        let calendars: CalendarWriting
        do throws(FeedsError) {
            calendars = try CalendarWriting(
                events: events,
                recorded: recorded,
                workspace: workspace,
                options: options,
                builder: builder,
                courseOfCircle: courseOfCircle
            )
        } catch {
            // The committing thread may be waiting for the outcome: end it first.
            _ = gate.waitWritten()
            abandonState()
            throw error
        }
        report.timings.texts = clock.lap()

        let pages: PublicPages
        do throws(FeedsError) {
            let taking = Dictionary(
                schedule.circles.map { ($0.id.rawValue, (course: $0.course.rawValue, taking: $0.participants.count)) },
                uniquingKeysWith: { first, _ in first }
            )
            pages = try PublicPages(
                workspace: workspace,
                events: events,
                recorded: recorded,
                feeds: feeds,
                members: byFeed,
                links: links,
                builder: builder,
                schedule: taking,
                today: today
            )
        } catch {
            _ = try? committing.wait()
            throw error
        }
        var folder = AtomicFolder(target: output)
        folder.afterEachFile = afterEachFile
        do throws(FeedsError) {
            try folder.replace { staging throws(FeedsError) in
                try calendars.write(
                    feeds: feeds,
                    paths: paths,
                    members: byFeed,
                    pages: pages,
                    into: staging
                )
                let plans = PersonalPlans(workspace: workspace, schedule: schedule)
                for file in plans.files(people: people, tokens: tokens, events: events, recorded: recorded) {
                    try staging.add(file)
                }
                // The swap waits for State to be written (not yet committed).
                if !gate.waitWritten() { try committing.wait() }
                report.timings.calendars = clock.lap()
            }
        } catch {
            _ = gate.waitWritten()
            abandonState()
            throw error
        }
        gate.proceed()
        try committing.wait()
        if !dropped.isEmpty { try state { try store.withdraw(uids: dropped) } }
        report.timings.swap = clock.lap()

        let rows = people.map { id in
            let person = workspace.person(Person.ID(id))
            return FeedsList.Row(
                person: id,
                name: person?.name ?? "",
                email: person?.email ?? "",
                url: links.privateURL(token: tokens[id]!)
            )
        }
        try FeedsList.write(rows, to: feedsList)
        report.timings.list = clock.lap()

        report.privateFiles = people.count
        report.publicFiles = feeds.count - people.count + pages.count
        return report
    }

    /// The feeds published even when no event is in them (see the rules above): every course,
    /// venue and association of the workspace, every circle State knows whose course is still
    /// in it (its course, for the calendar's name, from the feeds its events were in), and
    /// the private feed of everyone in people.csv who has a token.
    private func keptFeeds(
        known: [PublishedEvent],
        courseOfCircle: inout [String: String]
    ) throws(FeedsError) -> [FeedKey] {
        var feeds: [FeedKey] = workspace.courses.map { .course($0.id.rawValue) }
        feeds += workspace.venues.map { .venue($0.id.rawValue) }
        feeds += workspace.associations.map { .association($0.id.rawValue) }
        var gone: [String: String] = [:]  // a UID of each circle that left the schedule
        for event in known where courseOfCircle[event.circle] == nil && gone[event.circle] == nil {
            gone[event.circle] = event.uid
        }
        let feedsOf = try state { try store.publishedFeeds(of: gone.values.sorted()) }
        for (circle, uid) in gone.sorted(by: { $0.key < $1.key }) {
            guard let course = feedsOf[uid]?.first(where: { $0.hasPrefix("courses/") })?.dropFirst("courses/".count),
                workspace.course(Course.ID(String(course))) != nil
            else { continue }
            courseOfCircle[circle] = String(course)
            feeds.append(.circle(circle))
        }
        for token in try state({ try store.allTokens() }) where workspace.person(Person.ID(token.person)) != nil {
            feeds.append(.person(token.person))
        }
        return feeds
    }

    /// Runs a State operation; its `StateError` becomes `FeedsError.state` with the same words.
    private func state<T>(_ body: () throws -> T) throws(FeedsError) -> T {
        do {
            return try body()
        } catch {
            throw .state(reason: "\(error)")
        }
    }
}
