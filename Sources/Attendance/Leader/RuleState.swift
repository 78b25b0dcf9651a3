/// One ABF study-circle rule for the leader's list: the report's status and words, in both
/// languages, and what is at risk in plain words when something can still be done.
public struct RuleState: Sendable, Hashable {
    public let rule: StudyCircleRule
    public let status: RuleStatus
    /// The rule itself (`at least 3 present at every meeting (leader counted)`).
    public let label: LocalizedText
    /// What `circles attendance report` says of it (empty when kept).
    public let detail: LocalizedText
    /// What must happen for it to hold (`2 people must come to the next meeting for it to
    /// count`); nil when nothing is at stake.
    public let risk: LocalizedText?
}
