extension WorkspaceFixture {
    /// A `replace` whose text is not in the file: a mistake in the test itself.
    public struct TextNotFound: Error, CustomStringConvertible {
        public let file: String
        public let text: String
        public var description: String { "fixture: '\(text)' is not in \(file)" }
    }
}
