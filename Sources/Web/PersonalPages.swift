import Catalogue
import FeedServer
import Feeds
import Foundation
import PublishedLayout
import State

/// What a person may do on their page; each is a POST to `/p/<token>/<action>`.
enum PersonalAction: String, CaseIterable {
    case absence
    case undoAbsence = "undo-absence"
    case leave
    case newLink = "new-link"
    case erase
}

extension WebFront {
    static func binding(_ action: PersonalAction, person: String) -> String { "p/\(person)/\(action.rawValue)" }

    /// The person's published plan, if a publish wrote one for them.
    func plan(of holder: TokenHolder, in request: ActingRequest) -> PersonalPlan? {
        guard let published = holder.publishedToken, let bytes = request.published.personalPlan(token: published) else {
            return nil
        }
        return PersonalPlan.decode(bytes)
    }

    func displayName(_ holder: TokenHolder, plan: PersonalPlan?, workspace: Workspace?, signups: [Signup]) -> String {
        plan?.name ?? workspace?.person(Person.ID(holder.person))?.name ?? signups.last?.name ?? ""
    }

    /// GET `/p/<token>`.
    func personalPage(_ holder: TokenHolder, request: ActingRequest, label: String, now: Date) -> ActingResponse {
        let workspace = workspaces.current()
        let words = words(workspace)
        let language = words.language
        let plan = plan(of: holder, in: request)
        let signups = (try? store.signups(person: holder.person)) ?? []
        let absences = Set(((try? store.absences(person: holder.person)) ?? []).map { "\($0.circle)#\($0.session)" })
        let left = Set(((try? store.leavings(person: holder.person)) ?? []).map(\.circle))
        let nowText = PersonalPlan.localText(
            now,
            in: workspace?.plan.timeZone ?? TimeZone(identifier: "Europe/Stockholm")!
        )
        let base = "/p/\(holder.token)"
        let name = displayName(holder, plan: plan, workspace: workspace, signups: signups)

        var circles: [[String: Any]] = []
        let ordered = (plan?.circles ?? []).filter { !left.contains($0.id) }.sorted { a, b in
            let nextA = a.sessions.first { $0.end >= nowText && !$0.cancelled }?.start ?? "~"
            let nextB = b.sessions.first { $0.end >= nowText && !$0.cancelled }?.start ?? "~"
            return (nextA, a.id) < (nextB, b.id)
        }
        for circle in ordered {
            var facts: [[String: String]] = []
            if circle.leads {
                facts.append(["label": words["leader"], "value": words["youLead"]])
            } else if let leader = circle.leader {
                facts.append(["label": words["leader"], "value": leader])
            }
            if let venue = circle.venue { facts.append(["label": words["place"], "value": venue]) }
            if circle.atDistance { facts.append(["label": words["place"], "value": words["atDistance"]]) }
            let csrfAbsence = formTokens.issue(for: Self.binding(.absence, person: holder.person), now: now)
            let csrfUndo = formTokens.issue(for: Self.binding(.undoAbsence, person: holder.person), now: now)
            let sessions: [[String: Any]] = circle.sessions.map { session in
                let when = SitePages.sessionWhen(start: session.start, end: session.end, language: language)
                let absent = absences.contains("\(circle.id)#\(session.number)")
                let upcoming = session.start > nowText && !session.cancelled
                var row: [String: Any] = [
                    "number": String(session.number),
                    "label": words.sessionLabel(session.number, of: circle.sessions.count),
                    "date": when.date,
                    "time": when.time,
                    "circle": circle.id,
                    "absent": absent,
                    "canAct": upcoming && !circle.leads,
                    "csrf": absent ? csrfUndo : csrfAbsence,
                    "absenceAction": "\(base)/\(PersonalAction.absence.rawValue)",
                    "undoAction": "\(base)/\(PersonalAction.undoAbsence.rawValue)",
                    "cancelled": session.cancelled,
                ]
                if let location = session.location { row["location"] = location }
                if session.cancelled {
                    row["status"] = words["cancelledStatus"]
                } else if session.moved {
                    row["status"] = words["movedStatus"]
                }
                return row
            }
            var entry: [String: Any] = [
                "id": circle.id,
                "title": circle.title,
                "page": PublishedLayout.pagePath(.circles, id: circle.id),
                "facts": facts,
                "sessions": sessions,
            ]
            if let link = circle.onlineLink { entry["onlineLink"] = link }
            if circle.leads { entry["leadPage"] = "\(base)/lead/\(circle.id)" }
            if !circle.leads {
                entry["leaveAction"] = "\(base)/\(PersonalAction.leave.rawValue)"
                entry["leaveCSRF"] = formTokens.issue(for: Self.binding(.leave, person: holder.person), now: now)
            }
            circles.append(entry)
        }

        var waiting: [[String: String]] = (plan?.waiting ?? []).map {
            ["title": $0.title, "text": Self.plainReason($0.reason, words)]
        }
        let planned = Set((plan?.circles ?? []).map(\.course)).union((plan?.waiting ?? []).map(\.course))
        for signup in signups where signup.status == .confirmed && !planned.contains(signup.course) {
            let title = workspace?.course(Course.ID(signup.course))?.title ?? signup.course
            waiting.append(["title": title, "text": words.waitingFor(title)])
        }

        var context: [String: Any] = [
            "heading": words.hello(name),
            "circles": circles,
            "hasWaiting": !waiting.isEmpty,
            "waiting": waiting,
            "dataLink": "\(base)/data.json",
            "dataFileName": Self.dataFileName(workspace),
            "newLinkAction": "\(base)/\(PersonalAction.newLink.rawValue)",
            "newLinkCSRF": formTokens.issue(for: Self.binding(.newLink, person: holder.person), now: now),
            "eraseAction": "\(base)/\(PersonalAction.erase.rawValue)",
            "eraseCSRF": formTokens.issue(for: Self.binding(.erase, person: holder.person), now: now),
        ]
        if holder.publishedToken != nil, let web = workspace?.plan.web,
            let row = try? SitePages.privateSubscribeRow(base: web.baseURL, token: holder.token, name: name)
        {
            context["subscribe"] = row
        }
        return page(
            "personal",
            status: 200,
            title: words.hello(name),
            workspace: workspace,
            label: label,
            context: context
        )
    }

    /// GET `/p/<token>/data.json`: everything kept about the person, as a download.
    func personalData(_ holder: TokenHolder, label: String) -> ActingResponse {
        let workspace = workspaces.current()
        struct Export: Encodable {
            var person: String
            var name: String?
            var email: String?
            var association: String?
            var records: PersonalRecords
        }
        let person = workspace?.person(Person.ID(holder.person))
        guard let records = try? store.records(of: holder.person) else {
            return unavailable(workspace: workspace, label: label)
        }
        let export = Export(
            person: holder.person,
            name: person?.name,
            email: person?.email,
            association: person?.association.rawValue,
            records: records
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        let body = (try? encoder.encode(export)).map(Array.init) ?? []
        return ActingResponse(
            status: 200,
            headers: [
                (name: "Content-Type", value: "application/json; charset=utf-8"),
                (name: "Content-Disposition", value: "attachment; filename=\"\(Self.dataFileName(workspace))\""),
            ],
            body: body,
            logLabel: label
        )
    }

    /// POST `/p/<token>/<action>`.
    func personalAction(
        _ action: PersonalAction,
        holder: TokenHolder,
        request: ActingRequest,
        label: String,
        now: Date
    ) -> ActingResponse {
        let workspace = workspaces.current()
        let words = words(workspace)
        let body: FormBody
        switch readForm(request, workspace: workspace, label: label) {
        case .form(let form): body = form
        case .answer(let answer): return answer
        }
        let back = [(href: "/p/\(holder.token)", text: words["back"])]
        func stale() -> ActingResponse {
            notice(
                status: 403,
                heading: words["staleHeading"],
                paragraphs: [words["stale"]],
                links: back,
                workspace: workspace,
                label: label
            )
        }
        guard
            let nonce = formTokens.verify(
                body.value("csrf"),
                for: Self.binding(action, person: holder.person),
                now: now
            )
        else { return stale() }
        let plan = plan(of: holder, in: request)
        /// The person's circle named by the form, and a session of it when asked.
        func circleOfForm() -> PersonalPlan.Circle? {
            guard let id = body.value("circle") else { return nil }
            return plan?.circles.first { $0.id == id }
        }
        func badRequest() -> ActingResponse {
            notice(
                status: 400,
                heading: words["badFormHeading"],
                paragraphs: [words["badForm"]],
                links: back,
                workspace: workspace,
                label: label
            )
        }
        do {
            switch action {
            case .absence, .undoAbsence:
                guard let circle = circleOfForm(), let number = body.value("session").flatMap({ Int($0) }),
                    let session = circle.sessions.first(where: { $0.number == number })
                else { return badRequest() }
                let when = SitePages.sessionWhen(start: session.start, end: session.end, language: words.language)
                let zone = workspace?.plan.timeZone ?? TimeZone(identifier: "Europe/Stockholm")!
                guard session.start > PersonalPlan.localText(now, in: zone) else {
                    return notice(
                        status: 409,
                        heading: words["badFormHeading"],
                        paragraphs: [words["pastSession"]],
                        links: back,
                        workspace: workspace,
                        label: label
                    )
                }
                let text = "\(when.date) \(when.time)"
                if action == .absence {
                    try store.addAbsence(person: holder.person, circle: circle.id, session: number, formNonce: nonce)
                    return notice(
                        status: 200,
                        heading: words["noticeHeading"],
                        paragraphs: [words.absenceNoted(text)],
                        links: back,
                        workspace: workspace,
                        label: label
                    )
                }
                try store.removeAbsence(person: holder.person, circle: circle.id, session: number, formNonce: nonce)
                return notice(
                    status: 200,
                    heading: words["noticeHeading"],
                    paragraphs: [words.absenceUndone(text)],
                    links: back,
                    workspace: workspace,
                    label: label
                )
            case .leave:
                guard let circle = circleOfForm(), !circle.leads else { return badRequest() }
                guard body.value("sure") == "yes" else {
                    return notice(
                        status: 200,
                        heading: words.leaveQuestion(circle.title),
                        paragraphs: [words["leaveExplain"]],
                        links: back,
                        confirm: [
                            "action": "/p/\(holder.token)/\(action.rawValue)",
                            "csrf": formTokens.issue(for: Self.binding(.leave, person: holder.person), now: now),
                            "fields": [["name": "circle", "value": circle.id], ["name": "sure", "value": "yes"]],
                            "button": words["leaveYes"],
                        ],
                        workspace: workspace,
                        label: label
                    )
                }
                try store.leaveCircle(person: holder.person, circle: circle.id, course: circle.course, formNonce: nonce)
                return notice(
                    status: 200,
                    heading: words["leftHeading"],
                    paragraphs: [words.left(circle.title)],
                    links: back,
                    workspace: workspace,
                    label: label
                )
            case .newLink:
                let rotation = try store.rotateToken(for: holder.person, formNonce: nonce)
                let path = PublishedLayout.personalPagePath(token: rotation.current.token)
                return notice(
                    status: 200,
                    heading: words["newLinkHeading"],
                    paragraphs: [words["newLinkDone"]],
                    links: [(href: path, text: (workspace?.plan.web?.baseURL ?? "") + path)],
                    workspace: workspace,
                    label: label
                )
            case .erase:
                guard body.value("sure") == "yes" else {
                    return notice(
                        status: 200,
                        heading: words["eraseQuestion"],
                        paragraphs: [words["eraseExplain"]],
                        links: back,
                        confirm: [
                            "action": "/p/\(holder.token)/\(action.rawValue)",
                            "csrf": formTokens.issue(for: Self.binding(.erase, person: holder.person), now: now),
                            "fields": [["name": "sure", "value": "yes"]],
                            "button": words["eraseYes"],
                        ],
                        workspace: workspace,
                        label: label
                    )
                }
                // Their address, from people.csv or their own sign-ups: pending sign-ups from it go too.
                let address =
                    workspace?.person(Person.ID(holder.person))?.email
                    ?? ((try? store.signups(person: holder.person)) ?? []).first?.email
                let key = address.map { Signup.emailKey(of: $0) }
                let report = try store.erase(person: holder.person, emailKey: key, formNonce: nonce)
                return notice(
                    status: 200,
                    heading: words["erasedHeading"],
                    paragraphs: [words.erased(kept: report.attendanceKept)],
                    workspace: workspace,
                    label: label
                )
            }
        } catch .formTokenSpent {
            return stale()
        } catch {
            return unavailable(workspace: workspace, links: back, label: label)
        }
    }

    /// `vansterpartiet-varmland-data.json`: the download's name, on the link and in the answer.
    static func dataFileName(_ workspace: Workspace?) -> String {
        "\(OrganisationSlug.make(workspace?.plan.organisation ?? ""))-data.json"
    }

    /// The planner's reason, with a plain sentence in the page's language before it.
    static func plainReason(_ reason: String, _ words: WebWords) -> String {
        let lead = words.language == .sv ? "Ingen cirkel ännu" : "No circle yet"
        return "\(lead) (\(reason))."
    }
}
