import Foundation
import Yams

/// Reads `plan.yaml`.
struct PlanLoader {
    let reader: YAMLReader

    struct Result {
        let plan: Plan
        var terms = DeclaredIDs<Term>()
        var windows = DeclaredIDs<TimeWindow>()
    }

    static let keys = [
        "organisation", "timezone", "language", "holidays", "terms", "windows", "blackouts", "travel", "web", "mail",
    ]

    /// The plan with whatever parts were valid (problems reported), or nil if
    /// the file is not a mapping at all.
    func load(_ root: Node) -> Result? {
        guard let map = reader.mapping(root, path: "", key: nil, allowed: Self.keys) else { return nil }
        let organisation = map.text("organisation", required: true) ?? ""
        let timeZone = map.text("timezone", required: true) ?? "Europe/Stockholm"
        if map.value("timezone") != nil, TimeZone(identifier: timeZone) == nil {
            reader.log.add(
                map.location(of: "timezone"),
                key: "timezone",
                "'\(timeZone)' is not a time zone known to this system; expected an IANA name such as Europe/Stockholm"
            )
        }
        let language: Language = map.choice("language") ?? .sv
        let holidays: HolidayCalendar? = map.choice("holidays")

        var termIDs = DeclaredIDs<Term>()
        let terms = map.items("terms", required: true)?.compactMap { readTerm($0, declared: &termIDs) } ?? []

        var windowIDs = DeclaredIDs<TimeWindow>()
        var windows: [TimeWindow] = []
        if let node = map.required("windows") {
            if case .mapping(let mapping) = node {
                for (keyNode, valueNode) in mapping {
                    guard let id: TimeWindow.ID = reader.id(keyNode, key: "windows") else { continue }
                    windowIDs.declare(id, at: reader.location(keyNode), key: "windows", kind: "window", log: reader.log)
                    if let window = readWindow(valueNode, id: id) { windows.append(window) }
                }
            } else {
                reader.wrongType(node, key: "windows", expected: "a mapping of window names to { days, from, to }")
            }
        }

        let blackouts = map.items("blackouts")?.compactMap(readBlackout) ?? []

        var maxKilometres: Double?
        if let travel = map.mapping("travel", allowed: ["max_km"]), let km = travel.double("max_km") {
            if km > 0 {
                maxKilometres = km
            } else {
                reader.log.add(
                    travel.location(of: "max_km"),
                    key: "travel.max_km",
                    "expected a distance in km greater than 0, found \(km.formatted())"
                )
            }
        }

        let settings = MailSettingsReader(reader: reader)
        let web = settings.web(map)
        let mail = settings.mail(map, web: web)

        let plan = Plan(
            organisation: organisation,
            timeZoneIdentifier: timeZone,
            language: language,
            holidays: holidays,
            terms: terms,
            windows: windows,
            blackouts: blackouts,
            travel: Travel(maxKilometres: maxKilometres),
            web: web,
            mail: mail
        )
        return Result(plan: plan, terms: termIDs, windows: windowIDs)
    }

    private func readTerm(_ node: Node, declared: inout DeclaredIDs<Term>) -> Term? {
        guard let map = reader.mapping(node, path: "", key: "terms", allowed: ["id", "name", "from", "to"]) else {
            return nil
        }
        let id: Term.ID? = map.id("id", required: true)
        if let id { declared.declare(id, at: map.location(of: "id"), key: "id", kind: "term", log: reader.log) }
        let title = map.text("name")
        let from = map.date("from", required: true)
        let to = map.date("to", required: true)
        guard let id, let from, let to else { return nil }
        guard from <= to else {
            reader.log.add(map.location(of: "to"), key: "to", "term '\(id)' ends (\(to)) before it starts (\(from))")
            return nil
        }
        return Term(id: id, name: title ?? id.rawValue, dates: DateRange(from: from, to: to), location: map.location)
    }

    private func readWindow(_ node: Node, id: TimeWindow.ID) -> TimeWindow? {
        guard
            let map = reader.mapping(
                node,
                path: "windows.\(id).",
                key: "windows.\(id)",
                allowed: ["days", "from", "to"]
            )
        else { return nil }
        let days = map.list("days", required: true) { node, name in weekday(node, key: name) }
        let from = map.time("from", required: true)
        let to = map.time("to", required: true)
        guard let days, let from, let to else { return nil }
        guard !days.isEmpty else {
            reader.log.add(
                map.location(of: "days"),
                key: map.name("days"),
                "expected at least one weekday (mon ... sun)"
            )
            return nil
        }
        guard from < to else {
            reader.log.add(
                map.location(of: "to"),
                key: map.name("to"),
                "the window ends (\(to)) before it starts (\(from))"
            )
            return nil
        }
        return TimeWindow(id: id, days: days, from: from, to: to, location: map.location)
    }

    private func weekday(_ node: Node, key: String) -> Weekday? {
        let options = Weekday.allCases.map(\.code)
        guard let raw = reader.scalar(node, key: key, expected: "a weekday (mon ... sun)") else { return nil }
        guard let day = Weekday(code: raw) else {
            reader.log.add(
                reader.location(node),
                key: key,
                "expected a weekday (mon ... sun), found '\(raw)'\(Suggestion.hint(for: raw.lowercased(), among: options))"
            )
            return nil
        }
        return day
    }

    private func readBlackout(_ node: Node) -> Blackout? {
        guard
            let map = reader.mapping(
                node,
                path: "",
                key: "blackouts",
                allowed: ["date", "from", "to", "reason", "unless_tag"]
            )
        else { return nil }
        let dates = DateRangeReader(reader: reader).dates(in: map)
        guard let reason = map.text("reason", required: true), let dates else { return nil }
        return Blackout(dates: dates, reason: reason, unlessTag: map.text("unless_tag"), location: map.location)
    }
}
