/// What saving a meeting from the leader's list did.
public enum MeetingSaveOutcome: Sendable, Hashable {
    /// Saved in one transaction; the meeting's new version (for the next form).
    case saved(version: Int)
    /// Refused, nothing written: someone saved the meeting after the form was made. The
    /// newer state, to show the leader instead of overwriting it.
    case stale(current: MeetingState)
}
