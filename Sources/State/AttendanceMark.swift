/// One answer to record: the input of `StateStore.recordAttendance` and `saveMeeting`.
public struct AttendanceMark: Sendable, Hashable {
    public var circle: String
    public var session: Int
    public var person: String
    public var present: Bool
    /// Took part digitally (ABF counts distance participants apart). Nil keeps what was
    /// recorded before (false for a new answer): a CSV list has no such column and must not
    /// wipe the page's marks. Someone absent is never marked distance.
    public var distance: Bool?

    public init(circle: String, session: Int, person: String, present: Bool, distance: Bool? = nil) {
        self.circle = circle
        self.session = session
        self.person = person
        self.present = present
        self.distance = distance
    }
}
