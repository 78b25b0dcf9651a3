extension WorkspaceFixture {
    /// One change to the valid workspace.
    public struct Edit: Sendable, CustomStringConvertible {
        public enum Kind: Sendable {
            case replace(String, String)
            case write(String)
            case remove
        }

        public let file: String
        public let kind: Kind

        public static func replace(_ file: String, _ old: String, _ new: String) -> Edit {
            Edit(file: file, kind: .replace(old, new))
        }
        public static func write(_ file: String, _ content: String) -> Edit { Edit(file: file, kind: .write(content)) }
        public static func remove(_ file: String) -> Edit { Edit(file: file, kind: .remove) }

        public var description: String {
            switch kind {
            case .replace(let old, let new): "\(file): '\(old)' -> '\(new)'"
            case .write: "\(file): written"
            case .remove: "\(file): removed"
            }
        }
    }
}
