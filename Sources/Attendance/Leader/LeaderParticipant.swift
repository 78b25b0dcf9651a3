import Catalogue

/// One row of a meeting on the leader's list: a participant and their marks.
public struct LeaderParticipant: Sendable, Hashable {
    public let id: Person.ID
    /// The leader's list is the one place a participant's name is shown to someone else.
    public let name: String
    public let present: Bool
    public let distance: Bool
    /// Whether an answer was recorded for them (false: the box was never ticked or cleared).
    public let answered: Bool
    /// They sent a notice of absence ("I cannot come") for this meeting.
    public let noticeOfAbsence: Bool
    /// The plan has them take part online (a hybrid circle's `remote`): the form can
    /// preselect "distance".
    public let plannedRemote: Bool
}
