/// What the independent checker found, in the validator's eight totals.
public struct CheckReport: Hashable, Sendable, CustomStringConvertible {
    public var lectures = 0
    public var roomOccupancy = 0
    public var conflicts = 0
    public var availability = 0
    public var roomCapacity = 0
    public var minimumWorkingDays = 0
    public var curriculumCompactness = 0
    public var roomStability = 0
    /// Lines skipped as the validator skips them (unknown names, out of range, repeated period).
    public var skippedLines: [String] = []

    public var hardViolations: Int { lectures + roomOccupancy + conflicts + availability }
    public var totalCost: Int { roomCapacity + minimumWorkingDays + curriculumCompactness + roomStability }

    public var description: String {
        var s = ""
        for line in skippedLines { s += "skipped: \(line)\n" }
        s += """
            Violations of Lectures (hard) : \(lectures)
            Violations of RoomOccupancy (hard) : \(roomOccupancy)
            Violations of Conflicts (hard) : \(conflicts)
            Violations of Availability (hard) : \(availability)
            Cost of RoomCapacity (soft) : \(roomCapacity)
            Cost of MinimumWorkingDays (soft) : \(minimumWorkingDays)
            Cost of CurriculumCompactness (soft) : \(curriculumCompactness)
            Cost of RoomStability (soft) : \(roomStability)

            """
        s +=
            hardViolations > 0
            ? "Summary: Violations = \(hardViolations), Total Cost = \(totalCost)"
            : "Summary: Total Cost = \(totalCost)"
        return s
    }
}
