import Catalogue
import Foundation
import ICal
import Planner
import PublishedLayout
import State

/// The `people/<token>.json` files of one publish: for each person with a private feed,
/// their circles and sessions (from the same events as the feed) and their requests that
/// are in no circle.
struct PersonalPlans {
    let workspace: Workspace
    let schedule: Schedule

    func files(
        people: [String],
        tokens: [String: String],
        events: [FeedEvent],
        recorded: [PublishedEvent]
    ) -> [FeedFile] {
        var sessionsOf: [String: [String: [(FeedEvent, PublishedEvent)]]] = [:]  // person -> circle -> events
        for (event, record) in zip(events, recorded) {
            for feed in event.feeds {
                if case .person(let id) = feed {
                    sessionsOf[id, default: [:]][event.circle, default: []].append((event, record))
                }
            }
        }
        let circles = Dictionary(schedule.circles.map { ($0.id.rawValue, $0) }, uniquingKeysWith: { first, _ in first })
        var waitingOf: [String: [UnassignedRequest]] = [:]
        for request in schedule.unassigned { waitingOf[request.person.rawValue, default: []].append(request) }
        return people.compactMap { id -> FeedFile? in
            guard let token = tokens[id], let person = workspace.person(Person.ID(id)) else { return nil }
            let mine = (sessionsOf[id] ?? [:]).map { circleID, pairs in
                circle(circleID, pairs: pairs, planned: circles[circleID], person: id)
            }
            let plan = PersonalPlan(
                person: id,
                name: person.name,
                circles: mine.sorted { ($0.nextStart, $0.circle.id) < ($1.nextStart, $1.circle.id) }.map(\.circle),
                waiting: (waitingOf[id] ?? []).map { request in
                    PersonalPlan.Waiting(
                        course: request.course.rawValue,
                        title: workspace.course(request.course)?.title ?? request.course.rawValue,
                        reason: request.reason
                    )
                }
            )
            return FeedFile(path: PublishedLayout.personalPlanFile(token: token), data: plan.encoded(), isPrivate: true)
        }
    }

    private func circle(
        _ id: String,
        pairs: [(FeedEvent, PublishedEvent)],
        planned: PlannedCircle?,
        person: String
    ) -> (circle: PersonalPlan.Circle, nextStart: String) {
        let sorted = pairs.sorted { $0.0.session < $1.0.session }
        let first = sorted[0].0
        let atDistance = first.remote.contains(person)
        let sessions = sorted.map { event, record in
            PersonalPlan.Session(
                number: event.session,
                start: PersonalPlan.localText(event.start.instant, in: workspace.plan.timeZone),
                end: PersonalPlan.localText(event.end.instant, in: workspace.plan.timeZone),
                location: event.location,
                cancelled: event.status == .cancelled,
                moved: event.status != .cancelled && record.sequence > 0
            )
        }
        let leader = planned?.leader?.rawValue
        let course = planned?.course.rawValue ?? ""
        let circle = PersonalPlan.Circle(
            id: id,
            course: course,
            title: first.courseTitle,
            leads: leader == person,
            leader: planned?.leader.flatMap { workspace.person($0)?.name },
            venue: first.url == nil ? first.venueName : nil,
            onlineLink: atDistance ? first.remoteURL : first.url,
            atDistance: atDistance,
            sessions: sessions
        )
        let next = sessions.first { !$0.cancelled }?.start ?? sessions.last?.start ?? ""
        return (circle, next)
    }
}
