import Catalogue
import FeedServer
import Feeds
import Foundation
import Logging
import PublishedLayout
import State

/// The pages that act, for `circles serve`: the sign-up form and its submission, the
/// confirmation link, the personal page and its actions. Everything they keep goes to
/// State, one transaction per action; they never write the workspace's files or the
/// published folder.
///
/// What no answer may tell (spec, Privacy and security): whether an address, a person, a
/// token or a code is known. A sign-up is answered the same whoever sends it and takes the
/// same path through the code; a wrong token or code is the server's plain 404, and too
/// many of them from one address a 429.
public final class WebFront: ActingPages {
    let workspaceFolder: URL
    let store: StateStore
    let workspaces: WorkspaceCache
    let formTokens: FormTokens
    let signupLimit: RateLimiter
    let missLimit: RateLimiter
    /// Misses of private feeds: far looser, since calendar services poll many people's feeds
    /// from one address and a rotated link keeps being polled; a token's 160 bits are what
    /// keeps guessing out.
    let feedMissLimit: RateLimiter
    let clock: @Sendable () -> Date
    /// Called after a sign-up queued its confirmation, so the mail goes out now, not in a minute.
    let mailQueued: @Sendable () -> Void

    /// `signups` per hour and `misses` (wrong tokens and codes) per ten minutes, per client address.
    public init(
        workspace: URL,
        signupsPerHour: Int = 10,
        missesPerTenMinutes: Int = 20,
        clock: @escaping @Sendable () -> Date = { Date() },
        mailQueued: @escaping @Sendable () -> Void = {}
    ) throws(StateError) {
        workspaceFolder = workspace
        store = try StateStore(workspace: workspace, clock: clock)
        workspaces = WorkspaceCache(folder: workspace)
        formTokens = FormTokens()
        signupLimit = RateLimiter(limit: signupsPerHour, window: 3600)
        missLimit = RateLimiter(limit: missesPerTenMinutes, window: 600)
        feedMissLimit = RateLimiter(limit: missesPerTenMinutes * 30, window: 600)
        self.clock = clock
        self.mailQueued = mailQueued
    }

    // MARK: Routes

    /// What a path asks for; shapes only, nothing looked up.
    enum Route: Equatable {
        case signup(course: String)
        case confirm(code: String)
        case personal(token: String)
        case personalData(token: String)
        case personalAction(token: String, action: PersonalAction)
        case lead(token: String, circle: String)
        case leadPDF(token: String, circle: String)

        init?(path: Substring) {
            let parts = path.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count >= 3, parts[0].isEmpty, path.utf8.count <= 300 else { return nil }
            switch parts[1] {
            case "courses" where parts.count == 4 && parts[3] == "signup" && PublishedLayout.isID(parts[2].utf8):
                self = .signup(course: String(parts[2]))
            case "confirm" where parts.count == 3 && SignupCode.hasShape(parts[2]):
                self = .confirm(code: String(parts[2]))
            case "p" where PublishedLayout.isToken(parts[2].utf8):
                let token = String(parts[2])
                if parts.count == 3 {
                    self = .personal(token: token)
                } else if parts.count == 4, parts[3] == "data.json" {
                    self = .personalData(token: token)
                } else if parts.count == 4, let action = PersonalAction(rawValue: String(parts[3])) {
                    self = .personalAction(token: token, action: action)
                } else if parts.count == 5, parts[3] == "lead", PublishedLayout.isID(parts[4].utf8) {
                    self = .lead(token: token, circle: String(parts[4]))
                } else if parts.count == 6, parts[3] == "lead", PublishedLayout.isID(parts[4].utf8),
                    parts[5] == "list.pdf"
                {
                    self = .leadPDF(token: token, circle: String(parts[4]))
                } else {
                    return nil
                }
            default:
                return nil
            }
        }

        /// The access log's name: never a token or a code.
        var logLabel: String {
            switch self {
            case .signup(let course): "/courses/\(course)/signup"
            case .confirm: "/confirm/<redacted>"
            case .personal: "/p/<redacted>"
            case .personalData: "/p/<redacted>/data.json"
            case .personalAction(_, let action): "/p/<redacted>/\(action.rawValue)"
            case .lead(_, let circle): "/p/<redacted>/lead/\(circle)"
            case .leadPDF(_, let circle): "/p/<redacted>/lead/\(circle)/list.pdf"
            }
        }
    }

    public func answers(path: Substring) -> Bool {
        // Most requests are public pages and feeds: said no to without splitting the path.
        guard path.hasPrefix("/p/") || path.hasPrefix("/confirm/") || path.hasSuffix("/signup") else { return false }
        return Route(path: path) != nil
    }

    public func respond(to request: ActingRequest) -> ActingResponse {
        guard let route = Route(path: request.path[...]) else { return .notFound(logLabel: "<unmatched path>") }
        let client = ClientAddress.of(peer: request.peer, forwardedFor: request.header("X-Forwarded-For"))
        let now = clock()
        let label = route.logLabel
        let isRead = request.method == "GET" || request.method == "HEAD"
        switch route {
        case .signup(let course):
            if isRead { return signupForm(course: course, label: label, now: now) }
            guard request.method == "POST" else { return Self.methodNotAllowed(label, allow: "GET, HEAD, POST") }
            return submitSignup(course: course, request: request, client: client, label: label, now: now)
        case .confirm(let code):
            guard isRead else { return Self.methodNotAllowed(label, allow: "GET, HEAD") }
            if let wait = missLimit.retryAfter(client, now: now) { return tooMany(wait, label: label) }
            return confirm(code: code, client: client, label: label, now: now)
        case .personal(let token), .personalData(let token):
            guard isRead else { return Self.methodNotAllowed(label, allow: "GET, HEAD") }
            if let wait = missLimit.retryAfter(client, now: now) { return tooMany(wait, label: label) }
            guard let holder = holder(of: token, client: client, now: now) else { return .notFound(logLabel: label) }
            if case .personalData = route { return personalData(holder, label: label) }
            return personalPage(holder, request: request, label: label, now: now)
        case .personalAction(let token, let action):
            guard request.method == "POST" else { return Self.methodNotAllowed(label, allow: "POST") }
            if let wait = missLimit.retryAfter(client, now: now) { return tooMany(wait, label: label) }
            guard let holder = holder(of: token, client: client, now: now) else { return .notFound(logLabel: label) }
            return personalAction(action, holder: holder, request: request, label: label, now: now)
        case .lead(let token, let circle), .leadPDF(let token, let circle):
            guard isRead || request.method == "POST" else {
                return Self.methodNotAllowed(label, allow: "GET, HEAD, POST")
            }
            if let wait = missLimit.retryAfter(client, now: now) { return tooMany(wait, label: label) }
            guard let holder = holder(of: token, client: client, now: now) else { return .notFound(logLabel: label) }
            if case .leadPDF = route {
                guard isRead else { return Self.methodNotAllowed(label, allow: "GET, HEAD") }
                return leaderPDF(holder, circle: circle, request: request, label: label)
            }
            if isRead { return leaderPage(holder, circle: circle, request: request, label: label, now: now) }
            return saveLeaderForm(holder, circle: circle, request: request, label: label, now: now)
        }
    }

    public func publishedToken(forRequestToken token: String, peer: String, forwardedFor: String?) -> PrivateFeedLookup
    {
        let now = clock()
        let client = ClientAddress.of(peer: peer, forwardedFor: forwardedFor)
        if let wait = feedMissLimit.retryAfter(client, now: now) { return .limited(retryAfter: wait) }
        guard let found = try? store.publishedToken(forRequestToken: token) else {
            feedMissLimit.count(client, now: now)
            return .notFound
        }
        guard let published = found.published else { return .notFound }
        return .published(token: published)
    }

    /// The person who holds `token` now, or nil (counted as a miss of `client`).
    func holder(of token: String, client: String, now: Date) -> TokenHolder? {
        guard let found = try? store.publishedToken(forRequestToken: token) else {
            missLimit.count(client, now: now)
            return nil
        }
        return TokenHolder(token: token, person: found.person, publishedToken: found.published)
    }

    // MARK: Answers

    /// The workspace's language, Swedish while the workspace does not load.
    func words(_ workspace: Workspace?) -> WebWords { WebWords(workspace?.plan.language ?? .sv) }

    /// A page from the templates, with what every page has (title, organisation, words).
    func page(
        _ template: String,
        status: Int,
        title: String,
        workspace: Workspace?,
        label: String,
        context: [String: Any]
    ) -> ActingResponse {
        let language = workspace?.plan.language ?? .sv
        var full = context
        full["title"] = title
        full["organisation"] = workspace?.plan.organisation ?? ""
        full["words"] = SitePages.words(language)
        full["t"] = WebWords(language).table
        do {
            let html = try SitePages.render(page: template, context: full)
            return ActingResponse(
                status: status,
                headers: [(name: "Content-Type", value: "text/html; charset=utf-8")],
                body: Array(html.utf8),
                logLabel: label
            )
        } catch {
            return ActingResponse(
                status: 500,
                headers: [(name: "Content-Type", value: "text/plain; charset=utf-8")],
                body: Array("The page could not be made.\n".utf8),
                logLabel: label
            )
        }
    }

    /// A page that says what happened, with links onwards and optionally one form.
    func notice(
        status: Int,
        heading: String,
        paragraphs: [String],
        links: [(href: String, text: String)] = [],
        confirm: [String: Any]? = nil,
        workspace: Workspace?,
        label: String
    ) -> ActingResponse {
        var context: [String: Any] = [
            "heading": heading,
            "paragraphs": paragraphs,
            "links": links.map { ["href": $0.href, "text": $0.text] },
        ]
        if let confirm { context["confirm"] = confirm }
        return page("notice", status: status, title: heading, workspace: workspace, label: label, context: context)
    }

    /// 503: State could not be read or written just now (nothing was changed).
    func unavailable(
        workspace: Workspace?,
        links: [(href: String, text: String)] = [],
        label: String
    ) -> ActingResponse {
        let words = words(workspace)
        return notice(
            status: 503,
            heading: words["badFormHeading"],
            paragraphs: [words["unavailable"]],
            links: links,
            workspace: workspace,
            label: label
        )
    }

    func tooMany(_ seconds: Int, label: String) -> ActingResponse {
        let workspace = workspaces.current()
        let words = words(workspace)
        var answer = notice(
            status: 429,
            heading: words["tooManyHeading"],
            paragraphs: [words["tooMany"]],
            workspace: workspace,
            label: label
        )
        answer.headers.append((name: "Retry-After", value: String(max(1, seconds))))
        return answer
    }

    static func methodNotAllowed(_ label: String, allow: String) -> ActingResponse {
        ActingResponse(
            status: 405,
            headers: [(name: "Allow", value: allow), (name: "Content-Type", value: "text/plain; charset=utf-8")],
            body: Array("Method not allowed.\n".utf8),
            logLabel: label
        )
    }

    /// Reads a form body: the problem as a page when it is not a readable form (415, 400).
    func readForm(_ request: ActingRequest, workspace: Workspace?, label: String) -> FormReading {
        let words = words(workspace)
        guard FormBody.accepts(contentType: request.header("Content-Type")) else {
            return .answer(
                notice(
                    status: 415,
                    heading: words["badFormHeading"],
                    paragraphs: [words["unsupported"]],
                    workspace: workspace,
                    label: label
                )
            )
        }
        do {
            return .form(try FormBody(request.body))
        } catch {
            return .answer(
                notice(
                    status: 400,
                    heading: words["badFormHeading"],
                    paragraphs: [words["badForm"]],
                    workspace: workspace,
                    label: label
                )
            )
        }
    }
}

/// A request's form, or the answer to a request that has none readable.
enum FormReading {
    case form(FormBody)
    case answer(ActingResponse)
}

/// Someone who holds a token now.
struct TokenHolder {
    let token: String
    let person: String
    /// The token their private files were last published under; nil before any publish.
    let publishedToken: String?
}
