import Yams

/// A YAML mapping whose keys were checked against the allowed ones; reads
/// each key's value with the reader, naming the key by its path
/// (`participants.max`) in messages.
struct YAMLMapping {
    let node: Node
    /// Prefix of key names in messages, e.g. `participants.`.
    let path: String
    let reader: YAMLReader
    let entries: [String: (key: Node, value: Node)]
    /// Allowed keys that an unknown key was reported as a likely misspelling
    /// of: their absence is not reported again (one mistake, one message).
    let misspelt: Set<String>

    /// Where the mapping starts: missing keys are reported here.
    var location: SourceLocation { reader.location(node) }

    /// The value of `key`, or nil when it is absent or null.
    func value(_ key: String) -> Node? {
        guard let value = entries[key]?.value, !reader.isNull(value) else { return nil }
        return value
    }

    /// Where `key`'s value is written, or the mapping's start when it is absent.
    func location(of key: String) -> SourceLocation {
        entries[key].map { reader.location($0.value) } ?? location
    }

    /// The name of `key` in messages.
    func name(_ key: String) -> String { path + key }

    /// The value of a key that must be present; reports its absence.
    func required(_ key: String) -> Node? {
        guard let value = value(key) else {
            if !misspelt.contains(key) { reader.log.add(location, key: name(key), "required key is missing") }
            return nil
        }
        return value
    }

    private func read<Value>(_ key: String, required: Bool, _ parse: (Node, String) -> Value?) -> Value? {
        guard let node = required ? self.required(key) : value(key) else { return nil }
        return parse(node, name(key))
    }

    /// Text; a required key given as empty text (`name: ""`) is reported as empty.
    func text(_ key: String, required: Bool = false) -> String? {
        guard let text = read(key, required: required, reader.text) else { return nil }
        if required, text.allSatisfy(\.isWhitespace) {
            reader.log.add(location(of: key), key: name(key), "required value is empty")
            return nil
        }
        return text
    }
    func int(_ key: String, required: Bool = false) -> Int? { read(key, required: required, reader.int) }
    func double(_ key: String, required: Bool = false) -> Double? { read(key, required: required, reader.double) }
    func bool(_ key: String, required: Bool = false) -> Bool? { read(key, required: required, reader.bool) }
    func date(_ key: String, required: Bool = false) -> LocalDate? { read(key, required: required, reader.date) }
    func time(_ key: String, required: Bool = false) -> LocalTime? { read(key, required: required, reader.time) }
    func duration(_ key: String, required: Bool = false) -> Int? { read(key, required: required, reader.duration) }

    func id<Owner>(_ key: String, required: Bool = false) -> Identifier<Owner>? {
        read(key, required: required) { node, name in reader.id(node, key: name) }
    }

    func choice<Choice: RawRepresentable & CaseIterable>(
        _ key: String,
        required: Bool = false,
        _ type: Choice.Type = Choice.self
    ) -> Choice?
    where Choice.RawValue == String {
        read(key, required: required) { node, name in reader.choice(node, key: name, type) }
    }

    /// A nested mapping, its keys named `key.sub`.
    func mapping(_ key: String, required: Bool = false, allowed: [String]) -> YAMLMapping? {
        read(key, required: required) { node, name in
            reader.mapping(node, path: name + ".", key: name, allowed: allowed)
        }
    }

    /// A list of items; an absent key gives nil, `[]` an empty list.
    func list<Item>(_ key: String, required: Bool = false, item: (Node, String) -> Item?) -> [Item]? {
        read(key, required: required) { node, name in reader.list(node, key: name) { item($0, name) } }
    }

    /// The items of a list, each to be read (and reported) on its own, so
    /// one bad entry does not hide the others.
    func items(_ key: String, required: Bool = false) -> [Node]? {
        read(key, required: required) { node, name in reader.sequence(node, key: name) }
    }

    func idList<Owner>(_ key: String, required: Bool = false) -> [Identifier<Owner>]? {
        list(key, required: required) { node, name in reader.id(node, key: name) }
    }

    func textList(_ key: String, required: Bool = false) -> [String]? {
        list(key, required: required) { node, name in reader.text(node, key: name) }
    }
}
