import Catalogue
import FeedServer
import Feeds
import Foundation
import Mail
import PublishedLayout
import Signups
import State

/// The shape of a confirmation code in `/confirm/<code>`; says nothing of whether it exists.
enum SignupCode {
    static func hasShape(_ code: Substring) -> Bool {
        (16...128).contains(code.utf8.count)
            && code.utf8.allSatisfy { byte in
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                    || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                    || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-")
                    || byte == UInt8(ascii: "_")
            }
    }
}

extension WebFront {
    /// Sign-up works when the workspace loads, knows the course, and can send the confirmation.
    func signupCourse(_ id: String) -> (workspace: Workspace, course: Course, open: Bool)? {
        guard let workspace = workspaces.current(), let course = workspace.course(Course.ID(id)) else { return nil }
        return (workspace, course, workspace.plan.mail != nil && workspace.plan.web != nil)
    }

    func signupForm(course id: String, label: String, now: Date) -> ActingResponse {
        guard let (workspace, course, open) = signupCourse(id) else { return .notFound(logLabel: label) }
        return signupPage(
            SignupForm(),
            status: 200,
            workspace: workspace,
            course: course,
            open: open,
            label: label,
            now: now
        )
    }

    /// The form, empty or as sent with its problems beside the fields, with a fresh token.
    func signupPage(
        _ form: SignupForm,
        status: Int,
        workspace: Workspace,
        course: Course,
        open: Bool,
        label: String,
        now: Date,
        message: String? = nil
    ) -> ActingResponse {
        let words = words(workspace)
        let thisYear = LocalDate(now, in: workspace.plan.timeZone).year
        let roles = SignupForm.roles(of: course)
        var errors = form.errors.map { ["field": $0.field, "message": $0.message] }
        if let message { errors.insert(["field": "name", "message": message], at: 0) }
        var context: [String: Any] = [
            "heading": words.signupHeading(course.title),
            "coursePage": PublishedLayout.pagePath(.courses, id: course.id.rawValue),
            "action": "/courses/\(course.id.rawValue)/signup",
            "csrf": formTokens.issue(for: Self.signupBinding(course), now: now),
            "hasErrors": !errors.isEmpty,
            "errors": errors,
            "nameValue": form.name,
            "emailValue": form.email,
            "associations": workspace.associations.sorted { $0.name < $1.name }.map {
                ["id": $0.id.rawValue, "name": $0.name, "selected": $0.id.rawValue == form.association] as [String: Any]
            },
            "hasRoles": roles.count > 1,
            "roles": roles.map {
                ["id": $0.rawValue, "label": Self.roleLabel($0, words.language), "checked": $0.rawValue == form.role]
                    as [String: Any]
            },
            "bornValue": form.born,
            "thisYear": String(thisYear),
            "genders": SignupForm.genders.map {
                ["code": $0, "label": words["gender" + $0.uppercased()], "checked": $0 == form.gender] as [String: Any]
            },
            "weekdays": Weekday.allCases.map {
                [
                    "code": $0.code, "label": SitePages.weekdayName($0, language: words.language),
                    "checked": form.never.contains($0.code),
                ]
                    as [String: Any]
            },
            "noteValue": form.note,
            "consentText": words.consentText(organisation: workspace.plan.organisation),
            "consentChecked": form.consent,
        ]
        if !open { context["closed"] = true }
        for field in ["name", "email", "association", "role", "born", "gender", "never", "note", "consent"] {
            if let error = form.error(field) { context[field + "Error"] = error }
        }
        return page(
            "signup",
            status: status,
            title: words.signupHeading(course.title),
            workspace: workspace,
            label: label,
            context: context
        )
    }

    static func signupBinding(_ course: Course) -> String { "signup/\(course.id.rawValue)" }

    /// POST `/courses/<id>/signup`. Every sender gets the same answer whatever the address;
    /// nothing is looked up by it here (a known address is matched only at confirmation).
    func submitSignup(
        course id: String,
        request: ActingRequest,
        client: String,
        label: String,
        now: Date
    ) -> ActingResponse {
        guard let (workspace, course, open) = signupCourse(id) else { return .notFound(logLabel: label) }
        let words = words(workspace)
        if let wait = signupLimit.retryAfter(client, now: now) { return tooMany(wait, label: label) }
        let body: FormBody
        switch readForm(request, workspace: workspace, label: label) {
        case .form(let form): body = form
        case .answer(let answer): return answer
        }
        var form = SignupForm(body)
        /// The form again, as sent, with its problems and a fresh token.
        func again(status: Int, message: String?) -> ActingResponse {
            signupPage(
                form,
                status: status,
                workspace: workspace,
                course: course,
                open: open,
                label: label,
                now: now,
                message: message
            )
        }
        guard let nonce = formTokens.verify(body.value("csrf"), for: Self.signupBinding(course), now: now) else {
            return again(status: 403, message: words["stale"])
        }
        guard open else {
            return notice(
                status: 503,
                heading: words["badFormHeading"],
                paragraphs: [words["closed"]],
                workspace: workspace,
                label: label
            )
        }
        signupLimit.count(client, now: now)
        let sent = notice(
            status: 200,
            heading: words["sentHeading"],
            paragraphs: [words["sent"]],
            workspace: workspace,
            label: label
        )
        // A robot filled the hidden field: it learns nothing, and nothing is kept.
        if form.isRobot { return sent }
        let thisYear = LocalDate(now, in: workspace.plan.timeZone).year
        guard let signup = form.validate(course: course, workspace: workspace, words: words, thisYear: thisYear) else {
            return again(status: 422, message: nil)
        }
        guard let mail = workspace.plan.mail, let web = workspace.plan.web else { return sent }
        let code = SignupConfirmation.generateCode()
        let composer = MailComposer(workspace: workspace, settings: mail, baseURL: web.baseURL)
        let confirmURL = web.baseURL + "/confirm/" + code
        do {
            _ = try store.addSignup(
                signup,
                confirmDigest: SignupConfirmation.digest(of: code),
                formNonce: nonce
            ) { number in
                composer.signupConfirmation(
                    signup: "signup-\(number)",
                    name: signup.name,
                    address: signup.email,
                    course: course.title,
                    confirmURL: confirmURL,
                    at: now
                )
            }
        } catch .formTokenSpent {
            return again(status: 403, message: words["stale"])
        } catch {
            return unavailable(workspace: workspace, label: label)
        }
        mailQueued()
        return sent
    }

    /// GET `/confirm/<code>`: a pending sign-up of the last 7 days becomes an enrolment.
    func confirm(code: String, client: String, label: String, now: Date) -> ActingResponse {
        guard let workspace = workspaces.current() else { return .notFound(logLabel: label) }
        let confirmed: Signup?
        do {
            confirmed = try SignupConfirmation(workspace: workspace, store: store).confirm(code: code)
        } catch {
            return unavailable(workspace: workspace, label: label)
        }
        guard let signup = confirmed, let person = signup.person, let token = try? store.token(for: person) else {
            missLimit.count(client, now: now)
            return .notFound(logLabel: label)
        }
        let words = words(workspace)
        let title = workspace.course(Course.ID(signup.course))?.title ?? signup.course
        return notice(
            status: 200,
            heading: words["confirmedHeading"],
            paragraphs: [words.confirmed(title)],
            links: [(PublishedLayout.personalPagePath(token: token.token), words["yourPage"])],
            workspace: workspace,
            label: label
        )
    }

    static func roleLabel(_ role: Person.Role, _ language: Language) -> String {
        let sv = language == .sv
        switch role {
        case .member: return sv ? "Medlem" : "Member"
        case .trainer: return sv ? "Utbildare" : "Trainer"
        case .chair: return sv ? "Ordförande" : "Chair"
        case .candidate: return sv ? "Kandidat" : "Candidate"
        case .membershipOfficer: return sv ? "Medlemsansvarig" : "Membership officer"
        }
    }
}
