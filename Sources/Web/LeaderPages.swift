import Attendance
import Catalogue
import FeedServer
import Feeds
import Foundation
import Planner
import PublishedLayout
import Signups
import State

/// The leader's list, `/p/<token>/lead/<circle>`: for the circle's leader only (anyone else,
/// a participant's own token included, gets the plain 404). One form per meeting; a save is
/// one transaction of the attendance ledger, and a form from a page that is no longer
/// current is refused with the newer state shown, never saved over it.
extension WebFront {
    static func leadBinding(person: String, circle: String) -> String { "p/\(person)/lead/\(circle)" }

    /// What the list is made from: the workspace with its sign-ups, the kept plan, the sheet.
    struct LeaderContext {
        let workspace: Workspace
        let sheet: AttendanceSheet
        let ledger: AttendanceLedger
    }

    /// The circle's list when `holder` leads it in the published plan; nil otherwise.
    func leaderContext(_ holder: TokenHolder, circle: String, request: ActingRequest) -> LeaderContext? {
        guard let plan = plan(of: holder, in: request), plan.circles.contains(where: { $0.id == circle && $0.leads }),
            let workspace = try? SignupsWorkspace.load(from: workspaceFolder.path, store: store),
            let schedule = try? KeptSchedule.last(in: store, workspace: workspaceFolder.path)?.schedule,
            schedule.circles.first(where: { $0.id == Circle.ID(circle) })?.leader?.rawValue == holder.person,
            let sheet = try? AttendanceSheet(workspace: workspace, schedule: schedule, circle: Circle.ID(circle))
        else { return nil }
        return LeaderContext(workspace: workspace, sheet: sheet, ledger: AttendanceLedger(store: store))
    }

    /// GET: the list; `?saved=N` after a save says so.
    func leaderPage(
        _ holder: TokenHolder,
        circle: String,
        request: ActingRequest,
        label: String,
        now: Date
    ) -> ActingResponse {
        guard let context = leaderContext(holder, circle: circle, request: request) else {
            return .notFound(logLabel: label)
        }
        var message: (kind: String, text: String)?
        func number(_ key: String) -> Int? {
            request.query.split(separator: "&").first { $0.hasPrefix("\(key)=") }.flatMap {
                Int($0.dropFirst(key.count + 1))
            }
        }
        if let saved = number("saved") { message = ("success", words(context.workspace).saved(saved)) }
        return leaderSheetPage(
            holder,
            context: context,
            status: 200,
            message: message,
            showing: number("session") ?? number("saved"),
            label: label,
            now: now
        )
    }

    func leaderSheetPage(
        _ holder: TokenHolder,
        context: LeaderContext,
        status: Int,
        message: (kind: String, text: String)?,
        showing: Int? = nil,
        label: String,
        now: Date
    ) -> ActingResponse {
        let workspace = context.workspace
        let words = words(workspace)
        let language = words.language
        let circle = context.sheet.circleID.rawValue
        let absences = Dictionary(
            grouping: ((try? store.absences(circle: circle)) ?? []),
            by: \.session
        ).mapValues { Set($0.map { Person.ID($0.person) }) }
        guard
            let sheet = try? context.ledger.leaderSheet(
                for: context.sheet,
                absences: absences,
                now: now,
                timeZone: workspace.plan.timeZone
            )
        else {
            return unavailable(workspace: workspace, label: label)
        }
        let base = "/p/\(holder.token)/lead/\(circle)"
        let csrf = formTokens.issue(for: Self.leadBinding(person: holder.person, circle: circle), now: now)
        // One meeting's form on the page (the next or current one unless another is asked
        // for), the others as links: short on a phone, and one group of boxes per page.
        let shown = sheet.meetings.first { $0.number == showing } ?? sheet.meetings.first
        let others: [[String: String]] = sheet.meetings.filter { $0.number != shown?.number }
            .sorted { $0.number < $1.number }
            .map { meeting in
                let when = SitePages.sessionWhen(
                    date: meeting.date,
                    from: meeting.plannedStart,
                    to: meeting.plannedEnd,
                    language: language
                )
                let state =
                    meeting.recorded ? words.savedSummary(present: meeting.presentCount, hours: meeting.studyHours) : ""
                return [
                    "href": "\(base)?session=\(meeting.number)",
                    "text": "\(words.sessionLabel(meeting.number, of: sheet.meetings.count)): \(when.date)",
                    "state": state,
                ]
            }
        let meetings: [[String: Any]] = (shown.map { [$0] } ?? []).map { meeting in
            let when = SitePages.sessionWhen(
                date: meeting.date,
                from: meeting.plannedStart,
                to: meeting.plannedEnd,
                language: language
            )
            var entry: [String: Any] = [
                "number": String(meeting.number),
                "title": words.sessionLabel(meeting.number, of: sheet.meetings.count),
                "when": "\(when.date) \(when.time)",
                "place": meeting.place,
                "action": base,
                "csrf": csrf,
                "version": String(meeting.version),
                "from": (meeting.held?.from ?? meeting.plannedStart).text,
                "to": (meeting.held?.to ?? meeting.plannedEnd).text,
                "breakMinutes": String(meeting.held?.breakMinutes ?? 0),
                "button": words.saveMeeting(meeting.number),
                "participants": meeting.participants.map { person -> [String: Any] in
                    [
                        "id": person.id.rawValue,
                        "name": person.name,
                        "present": person.present,
                        "distance": person.distance,
                        "notice": person.noticeOfAbsence,
                    ]
                },
            ]
            switch meeting.timing {
            case .current: entry["timing"] = words["today"]
            case .past: if !meeting.recorded { entry["timing"] = words["notRecorded"] }
            case .upcoming: break
            }
            if meeting.recorded {
                entry["saved"] = words.savedSummary(present: meeting.presentCount, hours: meeting.studyHours)
            }
            return entry
        }
        var context: [String: Any] = [
            "heading": words.attendanceHeading(sheet.courseTitle),
            "back": "/p/\(holder.token)",
            "pdf": "\(base)/list.pdf",
            "pdfName": "narvarolista-\(circle).pdf",
            "hours": words.studyHours(sheet.studyHours, planned: sheet.plannedStudyHours),
            "rules": sheet.rules.map { rule -> [String: Any] in
                var row: [String: Any] = [
                    "label": rule.label.text(language),
                    "status": rule.status.rawValue,
                    "statusText": rule.status.label(language),
                ]
                let detail = rule.detail.text(language)
                let risk = rule.risk?.text(language)
                // The risk is said once, in bold, when it is all the detail says.
                if detail != risk { row["detail"] = detail }
                if let risk { row["risk"] = risk }
                return row
            },
            "meetings": meetings,
            "others": others,
            "hasOthers": !others.isEmpty,
        ]
        if let message { context["message"] = ["kind": message.kind, "text": message.text] }
        return page(
            "lead",
            status: status,
            title: words.attendanceHeading(sheet.courseTitle),
            workspace: workspace,
            label: label,
            context: context
        )
    }

    /// POST: one meeting's form. Saved: back to the list (303, so a reload sends nothing).
    func saveLeaderForm(
        _ holder: TokenHolder,
        circle: String,
        request: ActingRequest,
        label: String,
        now: Date
    ) -> ActingResponse {
        guard let context = leaderContext(holder, circle: circle, request: request) else {
            return .notFound(logLabel: label)
        }
        let workspace = context.workspace
        let words = words(workspace)
        let body: FormBody
        switch readForm(request, workspace: workspace, label: label) {
        case .form(let form): body = form
        case .answer(let answer): return answer
        }
        func refuse(_ status: Int, _ text: String) -> ActingResponse {
            leaderSheetPage(holder, context: context, status: status, message: ("errors", text), label: label, now: now)
        }
        guard
            let nonce = formTokens.verify(
                body.value("csrf"),
                for: Self.leadBinding(person: holder.person, circle: circle),
                now: now
            )
        else { return refuse(403, words["stale"]) }
        guard let session = body.value("session").flatMap({ Int($0) }),
            let version = body.value("version").flatMap({ Int($0) }),
            let from = body.value("from").flatMap({ LocalTime(text: $0) }),
            let to = body.value("to").flatMap({ LocalTime(text: $0) }),
            let breakMinutes = body.value("break").flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) })
        else { return refuse(422, words["leadFormIncomplete"]) }
        do {
            let outcome = try context.ledger.saveMeeting(
                sheet: context.sheet,
                session: session,
                present: Set(body.values("present").map { Person.ID($0) }),
                distance: Set(body.values("distance").map { Person.ID($0) }),
                from: from,
                to: to,
                breakMinutes: breakMinutes,
                expectedVersion: version,
                source: .web(circle: circle),
                formNonce: nonce
            )
            switch outcome {
            case .saved:
                return ActingResponse(
                    status: 303,
                    headers: [(name: "Location", value: "/p/\(holder.token)/lead/\(circle)?saved=\(session)")],
                    body: [],
                    logLabel: label
                )
            case .stale:
                return leaderSheetPage(
                    holder,
                    context: context,
                    status: 409,
                    message: ("errors", words.staleMeeting(session)),
                    showing: session,
                    label: label,
                    now: now
                )
            }
        } catch .formTokenSpent {
            return refuse(403, words["stale"])
        } catch .invalid(let error) {
            return refuse(422, error.message(words.language))
        } catch {
            return unavailable(workspace: workspace, label: label)
        }
    }

    /// GET `/p/<token>/lead/<circle>/list.pdf`: the paper list, one tap away.
    func leaderPDF(_ holder: TokenHolder, circle: String, request: ActingRequest, label: String) -> ActingResponse {
        guard let context = leaderContext(holder, circle: circle, request: request),
            let pdf = try? AttendancePDF.render(sheets: [context.sheet])
        else { return .notFound(logLabel: label) }
        return ActingResponse(
            status: 200,
            headers: [
                (name: "Content-Type", value: "application/pdf"),
                (name: "Content-Disposition", value: "attachment; filename=\"narvarolista-\(circle).pdf\""),
            ],
            body: pdf,
            logLabel: label
        )
    }
}
