/// One answer to record: the input of `StateStore.recordAttendance`.
public struct AttendanceMark: Sendable, Hashable {
    public var circle: String
    public var session: Int
    public var person: String
    public var present: Bool
    public var source: String

    public init(circle: String, session: Int, person: String, present: Bool, source: String) {
        self.circle = circle
        self.session = session
        self.person = person
        self.present = present
        self.source = source
    }
}
