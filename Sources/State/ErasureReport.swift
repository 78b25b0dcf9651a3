/// What "erase my data" deleted, and how many attendance rows it kept: ABF's reporting needs
/// them until the term's report (retention prunes them after).
public struct ErasureReport: Sendable, Hashable {
    public var signups: Int
    public var absences: Int
    public var leavings: Int
    public var messages: Int
    public var attendanceKept: Int

    public init(signups: Int, absences: Int, leavings: Int, messages: Int, attendanceKept: Int) {
        self.signups = signups
        self.absences = absences
        self.leavings = leavings
        self.messages = messages
        self.attendanceKept = attendanceKept
    }
}
