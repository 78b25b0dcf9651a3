import Catalogue
import Foundation
import ICal
import Planner
import State

/// Turns the schedule, and what State remembers of sessions that left it, into `FeedEvent`s.
///
/// Which feeds an event belongs in:
/// - `courses/<course>` and `circles/<circle>`: every session of the course or circle;
/// - `venues/<venue>`: every session at the venue;
/// - `associations/<association>`: every session at an in-person venue in the association's
///   municipality. Deliberately not "circles with a participant from the association": a
///   public feed must not tell who takes part, even by association. Online sessions are
///   therefore in no association feed (they are in their course feed and every member's own);
/// - `people/<person>` (private): the sessions the person leads or takes part in.
struct FeedEvents {
    let workspace: Workspace
    let slug: String
    let text: FeedText
    /// Association ids by municipality, lower-cased (the match is case-insensitive).
    private let associationsIn: [String: [String]]

    init(workspace: Workspace) {
        self.workspace = workspace
        slug = OrganisationSlug.make(workspace.plan.organisation)
        text = FeedText(language: workspace.plan.language)
        var associationsIn: [String: [String]] = [:]
        for association in workspace.associations {
            if let municipality = association.municipality {
                associationsIn[municipality.lowercased(), default: []].append(association.id.rawValue)
            }
        }
        self.associationsIn = associationsIn
    }

    /// The UID: `<circle>-<session>@<organisation-slug>`. Ids hold no `@` and a session number
    /// only digits, so reading the last `-digits` before `@` as the session makes it unique.
    func uid(circle: String, session: Int) -> String { "\(circle)-\(session)@\(slug)" }

    /// Every session of the schedule, ordered by circle and session number.
    func planned(_ schedule: Schedule) throws(FeedsError) -> [FeedEvent] {
        var events: [FeedEvent] = []
        var descriptions: [Course.ID: String?] = [:]
        for circle in schedule.circles.sorted(by: { $0.id < $1.id }) {
            let id = circle.id.rawValue
            guard let course = workspace.course(circle.course) else {
                throw .unknownReference(circle: id, kind: "course", id: circle.course.rawValue)
            }
            if descriptions[course.id] == nil { descriptions[course.id] = .some(course.description.map(Self.reflow)) }
            let courseDescription = descriptions[course.id]!
            let leaderName = circle.leader.flatMap { workspace.person($0)?.name }
            let people = (circle.leader.map { [$0] } ?? []) + circle.participants
            let remote = Set((circle.remote ?? []).map(\.rawValue))
            let remoteURL = remote.isEmpty ? nil : workspace.onlineLink(for: circle.id)
            for session in circle.sessions.sorted(by: { $0.number < $1.number }) {
                guard let room = workspace.room(session.room), let venue = workspace.venue(room.venue) else {
                    throw .unknownReference(circle: id, kind: "room", id: session.room.rawValue)
                }
                let url = venue.isOnline ? venue.url(for: circle.id) : nil
                var description = courseDescription
                if description?.isEmpty == true { description = nil }
                if let url {
                    description = [description, text.meetingLink(url)].compactMap { $0 }.joined(separator: "\n\n")
                }
                let privateDescription = [description, leaderName.map(text.leader)].compactMap { $0 }.joined(
                    separator: "\n\n"
                )

                var feeds: [FeedKey] = [.course(course.id.rawValue), .circle(id), .venue(venue.id.rawValue)]
                if !venue.isOnline, let municipality = venue.municipality {
                    feeds += (associationsIn[municipality.lowercased()] ?? []).map { .association($0) }
                }
                feeds += people.map { .person($0.rawValue) }
                let summary = text.summary(course: course.title, session: session.number, of: course.sessions)
                events.append(
                    FeedEvent(
                        uid: uid(circle: id, session: session.number),
                        circle: id,
                        session: session.number,
                        start: session.start,
                        end: session.end,
                        status: .confirmed,
                        summary: summary,
                        title: summary,
                        location: location(venue: venue, room: room),
                        geo: venue.coordinate.map { ICalGeo(latitude: $0.latitude, longitude: $0.longitude) },
                        url: url,
                        publicDescription: description,
                        privateDescription: privateDescription.isEmpty ? nil : privateDescription,
                        categories: [text.kind(course.kind)],
                        place: url ?? room.id.rawValue,
                        feeds: Array(Set(feeds)).sorted(),
                        courseTitle: course.title,
                        venueName: venue.name,
                        sessionCount: course.sessions,
                        remote: remoteURL == nil ? [] : remote,
                        remoteURL: remoteURL,
                        remoteDescription: remoteURL.map {
                            [privateDescription, text.remoteLink($0)].filter { !$0.isEmpty }.joined(separator: "\n\n")
                        }
                    )
                )
            }
        }
        return events
    }

    /// A published event that left the plan, as its CANCELLED publication: the time, place and
    /// summary it was last published with, in the feeds it was last seen in.
    func cancelled(_ published: PublishedEvent, feeds: [String]) -> FeedEvent {
        let zone = workspace.plan.timeZone
        var location: String?
        var geo: ICalGeo?
        var url: String?
        var venueName = ""
        if let room = workspace.room(Room.ID(published.place)), let venue = workspace.venue(room.venue) {
            location = self.location(venue: venue, room: room)
            geo = venue.coordinate.map { ICalGeo(latitude: $0.latitude, longitude: $0.longitude) }
            venueName = venue.name
        } else if published.place.hasPrefix("http") {
            url = published.place
        } else {
            location = published.place
        }
        return FeedEvent(
            uid: published.uid,
            circle: published.circle,
            session: published.session,
            start: LocalTimestamp(instant: published.start, in: zone),
            end: LocalTimestamp(instant: published.end, in: zone),
            status: .cancelled,
            summary: published.summary,
            title: text.cancelledTitle(published.summary),
            location: location,
            geo: geo,
            url: url,
            publicDescription: text.cancelledNote,
            privateDescription: text.cancelledNote,
            categories: [],
            place: published.place,
            feeds: feeds.compactMap(FeedKey.init(key:)).sorted(),
            courseTitle: published.summary,
            venueName: venueName,
            sessionCount: 0
        )
    }

    /// A YAML block description as calendar text: lines wrapped for the source file are joined,
    /// blank lines stay paragraph breaks (calendars show every newline as a break).
    static func reflow(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines)
            .components(separatedBy: "\n\n")
            .map { paragraph in
                paragraph.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                    .filter { !$0.isEmpty }.joined(separator: " ")
            }
            .filter { !$0.isEmpty }
            .joined(separator: "\n\n")
    }

    /// LOCATION: room, venue and address, as a person would give directions.
    func location(venue: Venue, room: Room) -> String {
        var parts: [String] = []
        if !room.name.isEmpty, room.name != room.localID, !venue.isOnline { parts.append(room.name) }
        parts.append(venue.name)
        if let address = venue.address, !address.isEmpty { parts.append(address) }
        return parts.joined(separator: ", ")
    }

    /// The calendar's NAME / X-WR-CALNAME.
    func calendarName(_ feed: FeedKey, courseOfCircle: [String: String] = [:]) -> String {
        let organisation = workspace.plan.organisation
        switch feed {
        case .course(let id):
            return "\(workspace.course(Course.ID(id))?.title ?? id) – \(organisation)"
        case .circle(let id):
            // The course title says what it is; the id tells two circles of a course apart.
            if let course = courseOfCircle[id].flatMap({ workspace.course(Course.ID($0)) }) {
                return "\(course.title) (\(id)) – \(organisation)"
            }
            return "\(id) – \(organisation)"
        case .association(let id):
            return text.associationCalendar(workspace.association(Association.ID(id))?.name ?? id)
        case .venue(let id):
            return "\(workspace.venue(Venue.ID(id))?.name ?? id) – \(organisation)"
        case .person:
            return text.personalCalendar(organisation)
        }
    }
}
