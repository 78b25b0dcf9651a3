import Yams

/// Reads YAML nodes of one workspace file into values, reporting every
/// problem with the node's line and column instead of throwing, so that
/// loading goes on and one run finds every mistake.
///
/// Scalars are read from their raw text, never through YAML 1.1's implicit
/// typing: `18:00` would otherwise be the sexagesimal number 1080 and
/// `2022-03-01` a timestamp in UTC.
struct YAMLReader {
    /// The file as shown in messages (`Courses/plan.yaml`).
    let file: String
    let log: ProblemLog

    /// The root node of `text`, or nil for an empty document or a syntax
    /// error (reported).
    func document(_ text: String) -> Node? {
        do {
            return try Yams.compose(yaml: text)
        } catch let error as YamlError {
            switch error {
            case .scanner(let context, let problem, let mark, _),
                .parser(let context, let problem, let mark, _),
                .composer(let context, let problem, let mark, _):
                let detail = context.map { " \($0.text)" } ?? ""
                log.add(
                    SourceLocation(file: file, line: mark.line, column: mark.column),
                    key: nil,
                    "not valid YAML: \(problem)\(detail)"
                )
            case .duplicatedKeysInMapping(let duplicates, let context):
                let key = duplicates.first ?? "?"
                log.add(
                    SourceLocation(file: file, line: context.mark.line, column: context.mark.column),
                    key: key,
                    "the key appears more than once in the same mapping"
                )
            case .reader(let problem, _, _, _):
                log.add(SourceLocation(file: file), key: nil, "cannot be read as UTF-8 text: \(problem)")
            default:
                log.add(SourceLocation(file: file), key: nil, "not valid YAML: \(error)")
            }
            return nil
        } catch {
            log.add(SourceLocation(file: file), key: nil, "not valid YAML: \(error)")
            return nil
        }
    }

    func location(_ node: Node) -> SourceLocation {
        SourceLocation(file: file, line: node.mark?.line, column: node.mark?.column)
    }

    /// `~`, `null` or nothing at all: treated as if the key were absent.
    func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// How a value looks, for "found ..." in messages.
    func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): "'\(scalar.string)'"
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }

    func wrongType(_ node: Node, key: String?, expected: String) {
        log.add(location(node), key: key, "expected \(expected), found \(describe(node))")
    }

    /// A mapping with only `allowed` keys; unknown keys are reported with a
    /// suggestion, and skipped.
    func mapping(_ node: Node, path: String, key: String?, allowed: [String]) -> YAMLMapping? {
        guard case .mapping(let mapping) = node else {
            wrongType(node, key: key, expected: "a mapping of keys (\(allowed.joined(separator: ", ")))")
            return nil
        }
        var entries: [String: (key: Node, value: Node)] = [:]
        var misspelt: Set<String> = []
        for (keyNode, valueNode) in mapping {
            guard case .scalar(let scalar) = keyNode else {
                log.add(location(keyNode), key: key, "a key must be a word, found \(describe(keyNode))")
                continue
            }
            let name = scalar.string
            guard allowed.contains(name) else {
                let suggestion = Suggestion.closest(to: name, among: allowed)
                if let suggestion { misspelt.insert(suggestion) }
                let hint =
                    suggestion.map { "did you mean '\($0)'?" } ?? "expected one of \(allowed.joined(separator: ", "))"
                log.add(location(keyNode), key: path + name, "unknown key; \(hint)")
                continue
            }
            entries[name] = (keyNode, valueNode)
        }
        return YAMLMapping(node: node, path: path, reader: self, entries: entries, misspelt: misspelt)
    }

    /// The items of a list.
    func sequence(_ node: Node, key: String?) -> [Node]? {
        guard case .sequence(let sequence) = node else {
            wrongType(node, key: key, expected: "a list")
            return nil
        }
        return Array(sequence)
    }

    /// The raw text of a scalar.
    func scalar(_ node: Node, key: String?, expected: String) -> String? {
        guard case .scalar(let scalar) = node else {
            wrongType(node, key: key, expected: expected)
            return nil
        }
        return scalar.string
    }

    func text(_ node: Node, key: String?) -> String? { scalar(node, key: key, expected: "text") }

    func int(_ node: Node, key: String?) -> Int? {
        guard let raw = scalar(node, key: key, expected: "a whole number") else { return nil }
        guard let value = Int(raw) else {
            wrongType(node, key: key, expected: "a whole number")
            return nil
        }
        return value
    }

    func double(_ node: Node, key: String?) -> Double? {
        guard let raw = scalar(node, key: key, expected: "a number") else { return nil }
        guard let value = Double(raw), value.isFinite else {
            wrongType(node, key: key, expected: "a number")
            return nil
        }
        return value
    }

    func bool(_ node: Node, key: String?) -> Bool? {
        guard let raw = scalar(node, key: key, expected: "true or false") else { return nil }
        switch raw.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            wrongType(node, key: key, expected: "true or false")
            return nil
        }
    }

    func date(_ node: Node, key: String?) -> LocalDate? {
        let expected = "a date YYYY-MM-DD"
        guard let raw = scalar(node, key: key, expected: expected) else { return nil }
        guard let date = LocalDate(iso: raw) else {
            wrongType(node, key: key, expected: expected)
            return nil
        }
        return date
    }

    func time(_ node: Node, key: String?) -> LocalTime? {
        let expected = "a time HH:MM"
        guard let raw = scalar(node, key: key, expected: expected) else { return nil }
        guard let time = LocalTime(text: raw) else {
            wrongType(node, key: key, expected: expected)
            return nil
        }
        return time
    }

    /// Minutes, from `150` or `2h30m`.
    func duration(_ node: Node, key: String?) -> Int? {
        let expected = "a duration in minutes (150) or hours and minutes (2h30m)"
        guard let raw = scalar(node, key: key, expected: expected) else { return nil }
        guard let minutes = DurationText.minutes(raw) else {
            wrongType(node, key: key, expected: expected)
            return nil
        }
        return minutes
    }

    /// A well-formed id.
    func id<Owner>(_ node: Node, key: String?) -> Identifier<Owner>? {
        guard let raw = scalar(node, key: key, expected: "an id") else { return nil }
        guard Identifier<Owner>.isWellFormed(raw) else {
            log.add(location(node), key: key, Identifier<Never>.problem(with: raw))
            return nil
        }
        return Identifier(raw)
    }

    /// One of a fixed set of words, e.g. a course's `format`.
    func choice<Choice: RawRepresentable & CaseIterable>(
        _ node: Node,
        key: String?,
        _: Choice.Type = Choice.self
    ) -> Choice?
    where Choice.RawValue == String {
        let options = Choice.allCases.map(\.rawValue)
        guard let raw = scalar(node, key: key, expected: "one of \(options.joined(separator: ", "))") else {
            return nil
        }
        guard let value = Choice(rawValue: raw) else {
            log.add(
                location(node),
                key: key,
                "expected one of \(options.joined(separator: ", ")), found '\(raw)'\(Suggestion.hint(for: raw, among: options))"
            )
            return nil
        }
        return value
    }

    /// A list whose every item reads with `item`; nil if any item is bad
    /// (each bad item is reported).
    func list<Item>(_ node: Node, key: String?, item: (Node) -> Item?) -> [Item]? {
        guard let nodes = sequence(node, key: key) else { return nil }
        var items: [Item] = []
        var failed = false
        for node in nodes {
            if let value = item(node) { items.append(value) } else { failed = true }
        }
        return failed ? nil : items
    }
}
