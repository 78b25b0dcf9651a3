/// One rule checked against the attendance: its status and, unless kept, what is wrong
/// and what would mend it, written for the organiser in the list's language.
public struct RuleCheck: Sendable, Hashable, Codable {
    public let rule: StudyCircleRule
    public let status: RuleStatus
    public let detail: String
}
