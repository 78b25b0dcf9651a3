/// What a valid workspace holds, in a few lines for `circles validate`:
/// courses by kind, circles to form, people by role, venues and rooms, and
/// each term with its blocked days.
///
/// Lives in the library, not the command, so it is tested like any other
/// output and the CLI only prints it.
public struct WorkspaceSummary: Sendable, CustomStringConvertible {
    public let lines: [String]

    public init(_ workspace: Workspace) {
        var lines = ["\(workspace.path): valid (\(workspace.plan.organisation))"]

        let kinds = Course.Kind.allCases.compactMap { kind -> String? in
            let count = workspace.courses.filter { $0.kind == kind }.count
            return count == 0 ? nil : "\(count) \(kind.rawValue)"
        }
        lines.append(
            "courses: \(workspace.courses.count)" + (kinds.isEmpty ? "" : " (\(kinds.joined(separator: ", ")))")
        )

        let fixedCourses = Set(workspace.fixedCircles.map(\.course))
        let requested = Set(workspace.enrolments.map(\.course))
        let toForm = requested.subtracting(fixedCourses)
        lines.append(
            "circles to form: \(workspace.fixedCircles.count) fixed in circles.yaml, \(toForm.count) more course\(toForm.count == 1 ? "" : "s") with enrolments (\(workspace.enrolments.count) enrolments)"
        )

        let roles = Person.Role.allCases.compactMap { role -> String? in
            let count = workspace.people.filter { $0.has(role) }.count
            return count == 0 ? nil : "\(count) \(role.rawValue)"
        }
        lines.append("people: \(workspace.people.count)" + (roles.isEmpty ? "" : " (\(roles.joined(separator: ", ")))"))

        let online = workspace.venues.filter(\.isOnline).count
        lines.append("venues: \(workspace.venues.count) (\(online) online), rooms: \(workspace.rooms.count)")

        lines.append("terms:")
        for term in workspace.plan.terms {
            let blocked = workspace.blockedDays(for: nil, in: term)
            var counts: [String: Int] = [:]
            var order: [String] = []
            for day in blocked {
                if counts[day.reason.name] == nil { order.append(day.reason.name) }
                counts[day.reason.name, default: 0] += 1
            }
            let names = order.map { counts[$0]! > 1 ? "\($0) ×\(counts[$0]!)" : $0 }
            let list = names.isEmpty ? "" : ": \(names.joined(separator: ", "))"
            lines.append(
                "  \(term.id) \(term.name) \(term.from)..\(term.to): \(blocked.count) blocked day\(blocked.count == 1 ? "" : "s")\(list)"
            )
        }
        self.lines = lines
    }

    public var description: String { lines.joined(separator: "\n") }
}
