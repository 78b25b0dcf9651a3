extension ABFStudyCircleRules {
    /// A rule a course cannot keep: the course key to change and why.
    public struct Violation: Hashable, Sendable {
        public let key: String
        public let message: String
    }
}
