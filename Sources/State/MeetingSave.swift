/// One meeting saved from the leader's list: the input of `StateStore.saveMeeting`.
///
/// Checked against the plan before it gets here (who is in the circle, which sessions it
/// has, times that make sense): State checks only what it can, the version and the nonce.
public struct MeetingSave: Sendable, Hashable {
    public var circle: String
    public var session: Int
    /// Every participant's answer for this meeting (circle and session as above).
    public var marks: [AttendanceMark]
    /// Local `HH:MM`; see `AttendanceMeeting`.
    public var from: String
    public var to: String
    public var breakMinutes: Int
    /// The meeting's version the form was made from (0: never saved). Another number means
    /// someone saved in between: the save is refused as stale.
    public var expectedVersion: Int
    public var source: AttendanceSource
    /// The form's single-use token, spent in the same transaction.
    public var formNonce: String?

    public init(
        circle: String,
        session: Int,
        marks: [AttendanceMark],
        from: String,
        to: String,
        breakMinutes: Int,
        expectedVersion: Int,
        source: AttendanceSource,
        formNonce: String?
    ) {
        self.circle = circle
        self.session = session
        self.marks = marks
        self.from = from
        self.to = to
        self.breakMinutes = breakMinutes
        self.expectedVersion = expectedVersion
        self.source = source
        self.formNonce = formNonce
    }
}
