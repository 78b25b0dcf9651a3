/// What `StateStore.saveMeeting` did.
public enum MeetingSaveResult: Sendable, Hashable {
    /// Written; the meeting's new version.
    case saved(version: Int)
    /// Refused, nothing written (the nonce not spent either): the meeting was saved by someone
    /// else since the form was made. Its current state, to show instead.
    case stale(meeting: AttendanceMeeting?, records: [AttendanceRecord])
}
