import Catalogue
import Foundation
import PublishedLayout
import State

/// The public pages of one publication (spec: web.md, Paths): `/`, and a page per public
/// calendar (`/courses/<id>`, `/circles/<id>`, `/associations/<id>`, `/venues/<id>`), each
/// with the calendar's subscribe row. Written into the staging folder with the feeds, so
/// they are swapped in together.
///
/// Built from the same events as the feeds, so a page never disagrees with its calendar.
/// Public: made from course, venue and association data and the seats left only; no
/// person's name, e-mail or token is ever passed in. Deterministic: no wall clock, every
/// list sorted; the same plan and `today` give the same bytes.
struct PublicPages: Sendable {
    private let templates: PageTemplates
    private let workspace: Workspace
    private let words: PageWords
    /// `words` by name, what the templates read (`{{words.sessions}}`).
    private let wordTable: [String: String]
    private let format: PageFormat
    private let links: FeedLinks
    private let builder: FeedEvents
    private let events: [FeedEvent]
    private let moved: [Bool]
    private let feeds: [FeedKey]
    private let members: [FeedKey: [Int]]
    private let courseOfCircle: [String: String]
    private let circles: [String: PageCircle]
    private let today: LocalDate

    /// `feeds` are the public calendars (each gets a page), `members[feed]` the indices of
    /// its events, `recorded` State's record of each event (a SEQUENCE above 0 on a
    /// confirmed session means it moved after it was first published).
    init(
        workspace: Workspace,
        events: [FeedEvent],
        recorded: [PublishedEvent],
        feeds: [FeedKey],
        members: [FeedKey: [Int]],
        links: FeedLinks,
        builder: FeedEvents,
        schedule circlesOfPlan: [String: (course: String, taking: Int)],
        today: LocalDate
    ) throws(FeedsError) {
        templates = try PageTemplates.shared.get()
        self.workspace = workspace
        words = PageWords.of(workspace.plan.language)
        wordTable = words.table
        let format = PageFormat(text: builder.text)
        self.format = format
        self.links = links
        self.builder = builder
        self.events = events
        moved = zip(events, recorded).map { $0.status != .cancelled && $1.sequence > 0 }
        self.feeds = feeds.filter { !$0.isPrivate }
        self.members = members
        self.today = today
        var courseOfCircle = circlesOfPlan.mapValues(\.course)
        var sessionsOfCircle: [String: [Int]] = [:]
        for (index, event) in events.enumerated() {
            sessionsOfCircle[event.circle, default: []].append(index)
            if courseOfCircle[event.circle] == nil, let course = event.feeds.lazy.compactMap(Self.courseID).first {
                courseOfCircle[event.circle] = course
            }
        }
        self.courseOfCircle = courseOfCircle
        var made: [String: PageCircle] = [:]
        func make(_ circle: String, withRoom: Bool) -> PageCircle {
            Self.circle(
                circle,
                sessions: sessionsOfCircle[circle]!.sorted { Self.earlier(events[$0], events[$1]) },
                events: events,
                course: courseOfCircle[circle].flatMap { workspace.course(Course.ID($0)) },
                taking: circlesOfPlan[circle]?.taking,
                withRoom: withRoom,
                workspace: workspace,
                format: format
            )
        }
        for circle in sessionsOfCircle.keys { made[circle] = make(circle, withRoom: false) }
        // Two circles of a course at one venue on the same evening and dates are told apart by
        // their room.
        var sameWhereAndWhen: [String: [String]] = [:]
        for circle in made.values {
            sameWhereAndWhen["\(circle.courseID)\n\(circle.place)\n\(circle.evening)\n\(circle.dates)", default: []]
                .append(circle.id)
        }
        for group in sameWhereAndWhen.values where group.count > 1 {
            for circle in group { made[circle] = make(circle, withRoom: true) }
        }
        circles = made
    }

    /// Number of files `files(part:of:)` makes over all parts: the pages, the stylesheet
    /// and the icon.
    var count: Int { feeds.count + 1 + templates.assets.count }

    /// The pages of part `part` of `parts` (every `parts`-th one), for writing on several
    /// threads; part 0 also makes `index.html`, `style.css` and `favicon.svg`.
    func files(part: Int, of parts: Int) throws(FeedsError) -> [FeedFile] {
        var files: [FeedFile] = []
        if part == 0 {
            files += templates.assets
            files.append(FeedFile(path: PublishedLayout.indexFile, data: Data(try index().utf8), isPrivate: false))
        }
        for position in stride(from: part, to: feeds.count, by: parts) {
            let feed = feeds[position]
            guard let (kind, id) = Self.kindAndID(feed) else { continue }
            let html = try page(feed, kind: kind, id: id)
            files.append(
                FeedFile(path: PublishedLayout.pageFile(kind, id: id), data: Data(html.utf8), isPrivate: false)
            )
        }
        return files
    }

    // MARK: The pages

    private func index() throws(FeedsError) -> String {
        let organisation = workspace.plan.organisation
        var byCourse: [String: [PageCircle]] = [:]
        for circle in circles.values where circle.lastDate >= today.iso {
            byCourse[circle.courseID, default: []].append(circle)
        }
        let courseFeeds = Set(
            feeds.compactMap { feed -> String? in if case .course(let id) = feed { id } else { nil } }
        )
        var kinds: [PageKindGroup] = []
        for kind in Course.Kind.allCases {
            let courses = workspace.courses.filter { $0.kind == kind && courseFeeds.contains($0.id.rawValue) }
                .sorted { ($0.title, $0.id.rawValue) < ($1.title, $1.id.rawValue) }
            guard !courses.isEmpty else { continue }
            kinds.append(
                PageKindGroup(
                    anchor: kind.rawValue,
                    name: builder.text.kind(kind),
                    courses: courses.map { course in
                        let list = Self.sorted(byCourse[course.id.rawValue] ?? [])
                        return PageCourseEntry(
                            title: course.title,
                            link: PublishedLayout.pagePath(.courses, id: course.id.rawValue),
                            facts:
                                "\(format.format(course.format)) · \(format.length(sessions: course.sessions, minutes: course.length))",
                            circles: list,
                            hasCircles: !list.isEmpty
                        )
                    }
                )
            )
        }
        var associations: [PageLink] = []
        var venues: [PageLink] = []
        for feed in feeds {
            switch feed {
            case .association(let id):
                associations.append(
                    PageLink(
                        name: workspace.association(Association.ID(id))?.name ?? id,
                        link: PublishedLayout.pagePath(.associations, id: id)
                    )
                )
            case .venue(let id):
                venues.append(
                    PageLink(
                        name: workspace.venue(Venue.ID(id))?.name ?? id,
                        link: PublishedLayout.pagePath(.venues, id: id)
                    )
                )
            default: break
            }
        }
        let context: [String: Any] = [
            "words": wordTable, "organisation": organisation, "title": "\(organisation): \(words.calendars)",
            "kinds": kinds, "associations": associations.sorted { ($0.name, $0.link) < ($1.name, $1.link) },
            "venues": venues.sorted { ($0.name, $0.link) < ($1.name, $1.link) }, "hasVenues": !venues.isEmpty,
        ]
        return try templates.render(context, page: "index")
    }

    private func page(_ feed: FeedKey, kind: PublishedKind, id: String) throws(FeedsError) -> String {
        let organisation = workspace.plan.organisation
        let indices = (members[feed] ?? []).sorted { Self.earlier(events[$0], events[$1]) }
        var context: [String: Any] = ["words": wordTable, "organisation": organisation]
        let heading: String
        let name = builder.calendarName(feed, courseOfCircle: courseOfCircle)
        context["subscribe"] = try SubscribeRow(
            https: links.publicURL(feed),
            webcal: links.webcal(links.publicURL(feed)),
            name: name,
            kind: kind,
            id: id
        )
        switch feed {
        case .course(let id):
            let course = workspace.course(Course.ID(id))
            heading = course?.title ?? id
            context["paragraphs"] = Self.paragraphs(course?.description)
            if let course {
                context["facts"] = [
                    PageFact(label: words.format, value: format.format(course.format)),
                    PageFact(
                        label: words.length,
                        value: format.length(sessions: course.sessions, minutes: course.length)
                    ),
                ]
            }
            context["template"] = "course"
            // Sign-up needs `circles serve` and a way to send the confirmation.
            if course != nil, workspace.plan.mail != nil, workspace.plan.web != nil {
                context["signup"] = "/courses/\(id)/signup"
            }
            setCircles(of: indices, showCourse: false, in: &context)
        case .circle(let id):
            let circle = circles[id]
            let course = courseOfCircle[id].flatMap { workspace.course(Course.ID($0)) }
            heading = circle.map { "\($0.place), \($0.evening)" } ?? id
            context["course"] = course?.title ?? circle?.course ?? ""
            context["courseLink"] = PublishedLayout.pagePath(.courses, id: courseOfCircle[id] ?? "")
            var facts: [PageFact] = []
            if let circle { facts.append(PageFact(label: words.sessions, value: circle.dates)) }
            if let seats = circle?.seats { facts.append(PageFact(label: words.seatsHeading, value: seats)) }
            // A hybrid circle's members beyond travel distance join by the online venue's link,
            // public as a digital circle's is (issue 15).
            if course?.format == .hybrid, let link = workspace.onlineLink(for: Circle.ID(id)) {
                facts.append(PageFact(label: words.onlineHeading, value: link, link: link))
            }
            context["facts"] = facts
            context["sessions"] = indices.map(session)
            context["template"] = "circle"
        case .association(let id):
            let association = workspace.association(Association.ID(id))
            heading = association?.name ?? id
            context["paragraphs"] = association?.municipality.map { [format.municipality($0)] } ?? []
            setCircles(of: indices, showCourse: true, in: &context)
            setWeeks(of: indices, in: &context)
            context["template"] = "place"
        case .venue(let id):
            let venue = workspace.venue(Venue.ID(id))
            heading = venue?.name ?? id
            context["paragraphs"] = [venue?.address].compactMap { $0 }.filter { !$0.isEmpty }
            context["mapURL"] = venue.flatMap(Self.mapURL)
            setCircles(of: indices, showCourse: true, in: &context)
            setWeeks(of: indices, in: &context)
            context["template"] = "place"
        case .person:
            throw .page(path: "people/", reason: "a private calendar has no public page")
        }
        context["heading"] = heading
        // A circle's heading is its place and evening: the title adds the course it is of.
        let course = (context["course"] as? String).map { "\($0): " } ?? ""
        context["title"] = "\(course)\(heading) – \(organisation)"
        return try templates.render(context, page: context["template"] as! String)
    }

    private func setCircles(of indices: [Int], showCourse: Bool, in context: inout [String: Any]) {
        var seen = Set<String>()
        var list: [PageCircle] = []
        for index in indices where seen.insert(events[index].circle).inserted {
            guard var circle = circles[events[index].circle] else { continue }
            circle.showCourse = showCourse
            list.append(circle)
        }
        context["circles"] = list
        context["hasCircles"] = !list.isEmpty
    }

    private func setWeeks(of indices: [Int], in context: inout [String: Any]) {
        var weeks: [PageWeek] = []
        var monday: LocalDate?
        var sessions: [PageWeekSession] = []
        for index in indices {
            let event = events[index]
            let date = event.start.date
            let itsMonday = date.adding(days: 1 - date.weekday.rawValue)
            if itsMonday != monday {
                if let monday, !sessions.isEmpty {
                    weeks.append(PageWeek(label: format.week(monday: monday), sessions: sessions))
                }
                monday = itsMonday
                sessions = []
            }
            let circle = circles[event.circle]
            sessions.append(
                PageWeekSession(
                    day: format.shortDate(date),
                    time: "\(format.time(event.start.wallClock))–\(format.time(event.end.wallClock))",
                    course: circle?.course ?? event.courseTitle,
                    link: PublishedLayout.pagePath(.circles, id: event.circle),
                    place: place(of: event).name,
                    cancelled: event.status == .cancelled,
                    status: status(index)
                )
            )
        }
        if let monday, !sessions.isEmpty {
            weeks.append(PageWeek(label: format.week(monday: monday), sessions: sessions))
        }
        context["weeks"] = weeks
        context["hasWeeks"] = !weeks.isEmpty
    }

    private func session(_ index: Int) -> PageSession {
        let event = events[index]
        let place = place(of: event)
        let count =
            courseOfCircle[event.circle].flatMap { workspace.course(Course.ID($0))?.sessions } ?? event.sessionCount
        return PageSession(
            number: format.session(event.session, of: max(count, event.session)),
            date: format.longDate(event.start.date),
            time: "\(format.time(event.start.wallClock))–\(format.time(event.end.wallClock))",
            place: place.name,
            address: place.venue?.isOnline == false ? place.venue?.address : nil,
            mapURL: place.venue.flatMap(Self.mapURL),
            venueLink: place.venue.map { PublishedLayout.pagePath(.venues, id: $0.id.rawValue) },
            cancelled: event.status == .cancelled,
            status: status(index)
        )
    }

    private func status(_ index: Int) -> String? {
        if events[index].status == .cancelled { return words.cancelled }
        return moved[index] ? words.moved : nil
    }

    /// Room and venue of an event: the room from its place (`venue/room`), the venue from the
    /// venue feed it is in (also for online sessions, whose place is the meeting URL).
    private func place(of event: FeedEvent) -> (name: String, venue: Venue?) {
        let room = workspace.room(Room.ID(event.place))
        let venue =
            room.flatMap { workspace.venue($0.venue) }
            ?? event.feeds.lazy.compactMap { feed -> Venue? in
                if case .venue(let id) = feed { self.workspace.venue(Venue.ID(id)) } else { nil }
            }.first
        guard let venue else { return (event.venueName.isEmpty ? words.digital : event.venueName, nil) }
        if let room, !venue.isOnline, !room.name.isEmpty, room.name != room.localID {
            return ("\(room.name), \(venue.name)", venue)
        }
        return (venue.name, venue)
    }

    // MARK: Helpers

    private static func circle(
        _ id: String,
        sessions: [Int],
        events: [FeedEvent],
        course: Course?,
        taking: Int?,
        withRoom: Bool,
        workspace: Workspace,
        format: PageFormat
    ) -> PageCircle {
        let held = sessions.filter { events[$0].status != .cancelled }
        let shown = held.isEmpty ? sessions : held
        let first = events[shown.first!]
        let last = events[shown.last!]
        let days = Set(shown.map { events[$0].start.date.weekday })
        let evening =
            days.count == 1
            ? "\(format.weekdayPlural(first.start.date.weekday)) \(format.time(first.start.wallClock))"
            : format.variousDays
        let room = workspace.room(Room.ID(first.place))
        let venue =
            room.flatMap { workspace.venue($0.venue) }
            ?? first.feeds.lazy.compactMap { feed -> Venue? in
                if case .venue(let venueID) = feed { workspace.venue(Venue.ID(venueID)) } else { nil }
            }.first
        var place = venue?.name ?? first.venueName
        if withRoom, let room, !room.name.isEmpty, room.name != room.localID { place = "\(room.name), \(place)" }
        var seats: String?
        if let course, let taking { seats = format.seats(course.participants.upperBound - taking) }
        return PageCircle(
            id: id,
            courseID: course?.id.rawValue ?? "",
            course: course?.title ?? first.courseTitle,
            link: PublishedLayout.pagePath(.circles, id: id),
            place: place,
            evening: evening,
            dates: format.dateRange(first.start.date, last.start.date),
            seats: seats,
            showCourse: false,
            lastDate: last.start.date.iso
        )
    }

    private static func sorted(_ circles: [PageCircle]) -> [PageCircle] {
        circles.sorted { ($0.place, $0.evening, $0.id) < ($1.place, $1.evening, $1.id) }
    }

    private static func earlier(_ a: FeedEvent, _ b: FeedEvent) -> Bool {
        (a.start.instant, a.uid) < (b.start.instant, b.uid)
    }

    private static func courseID(_ feed: FeedKey) -> String? { if case .course(let id) = feed { id } else { nil } }

    private static func kindAndID(_ feed: FeedKey) -> (PublishedKind, String)? {
        switch feed {
        case .course(let id): (.courses, id)
        case .circle(let id): (.circles, id)
        case .association(let id): (.associations, id)
        case .venue(let id): (.venues, id)
        case .person: nil
        }
    }

    /// A description as paragraphs (blank lines in the YAML), each escaped by the template.
    private static func paragraphs(_ text: String?) -> [String] {
        guard let text else { return [] }
        return FeedEvents.reflow(text).components(separatedBy: "\n\n").filter { !$0.isEmpty }
    }

    /// A link to the place on openstreetmap.org: a link the member follows, never map tiles
    /// in the page (no third-party resource).
    private static func mapURL(_ venue: Venue) -> String? {
        guard !venue.isOnline else { return nil }
        if let point = venue.coordinate {
            let lat = String(format: "%.5f", point.latitude)
            let lon = String(format: "%.5f", point.longitude)
            return "https://www.openstreetmap.org/?mlat=\(lat)&mlon=\(lon)#map=17/\(lat)/\(lon)"
        }
        guard let address = venue.address, !address.isEmpty else { return nil }
        return "https://www.openstreetmap.org/search?query=" + SubscribeRow.encoded(address)
    }
}
