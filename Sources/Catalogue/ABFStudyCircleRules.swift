/// The common rules for study circles of the Swedish study associations
/// (Folkbildningsrådet; ABF, Studiefrämjandet, Medborgarskolan, NBV,
/// Folkuniversitetet), applied to a course reported as `abf: study-circle`.
///
/// Validation rejects a course that could not keep them whatever the
/// planner did; the planner keeps them for the circles it forms; the
/// attendance report checks what really happened. How each rule is read
/// for a course:
/// - a study hour is 45 minutes and time short of 45 minutes is not counted,
///   so a session gives `floor(length / 45)` study hours;
/// - at least 9 study hours over at least 3 meetings: `sessions >= 3` and
///   `sessions * floor(length / 45) >= 9`;
/// - at most 4 study hours (3 hours) in one meeting: `length <= 180`
///   minutes (a 3h10m session would count 4 study hours but still break the
///   3 hours);
/// - 3 to 20 people, the leader included: `participants.max + 1 <= 20`, and
///   `participants.min + 1 >= 3`, because at least 3 must be present at every
///   meeting and a circle formed smaller than that never can be;
/// - at most 3 meetings a week: the only cadence that can put more than 3
///   meetings in a week is `days` (consecutive days), so `days` allows at most
///   3 sessions. "A week" is read as any 7 consecutive days, the stricter
///   reading: a course valid under it is valid under calendar weeks too
///   (weekly cadence is at least 5 days apart: at most 2 meetings in 7 days);
/// - at most 12 study hours a week follows from the two rules above
///   (3 meetings of at most 4 study hours);
/// - everyone at least 13 years old: checked per enrolment, from the year of
///   birth (see `isOldEnough(born:during:)`);
/// - "a participant counts only if present at one of the first 3 meetings"
///   concerns attendance, not the course, and is left to the attendance report.
public enum ABFStudyCircleRules {
    public static let studyHourMinutes = 45
    public static let minimumMeetings = 3
    public static let minimumStudyHours = 9
    public static let maximumMinutesPerMeeting = 180
    public static let maximumStudyHoursPerMeeting = 4
    public static let minimumPeople = 3
    public static let maximumPeople = 20
    public static let maximumMeetingsPerWeek = 3
    public static let maximumStudyHoursPerWeek = 12
    public static let minimumAge = 13

    /// The study hours of a meeting of `minutes`, `breakMinutes` of which were a break: whole
    /// 45-minute units of the time studied, never rounded up (2h15 with a 15-minute break
    /// gives 2, 3h gives 4, 44 minutes 0). The one place the count is made: the course's
    /// planned hours, the lists, the report and the leader's list all ask here.
    public static func studyHours(minutes: Int, breakMinutes: Int = 0) -> Int {
        max(0, minutes - max(0, breakMinutes)) / studyHourMinutes
    }

    /// Every rule `course` breaks; empty for a course that can keep them all.
    public static func violations(of course: Course) -> [Violation] {
        var found: [Violation] = []
        if course.sessions < minimumMeetings {
            found.append(
                Violation(
                    key: "sessions",
                    message: "an ABF study circle meets at least \(minimumMeetings) times, found \(course.sessions)"
                )
            )
        }
        if course.length > maximumMinutesPerMeeting {
            found.append(
                Violation(
                    key: "length",
                    message:
                        "an ABF study circle meeting lasts at most 3 hours (4 study hours), found \(DurationFormat.text(minutes: course.length))"
                )
            )
        }
        if course.studyHours < minimumStudyHours {
            found.append(
                Violation(
                    key: "length",
                    message:
                        "an ABF study circle needs at least \(minimumStudyHours) study hours of 45 minutes; \(course.sessions) sessions of \(DurationFormat.text(minutes: course.length)) give \(course.studyHours)"
                )
            )
        }
        if course.participants.upperBound + 1 > maximumPeople {
            found.append(
                Violation(
                    key: "participants.max",
                    message:
                        "an ABF study circle has at most \(maximumPeople) people with the leader; \(course.participants.upperBound) participants and a leader make \(course.participants.upperBound + 1)"
                )
            )
        }
        if course.participants.lowerBound + 1 < minimumPeople {
            found.append(
                Violation(
                    key: "participants.min",
                    message:
                        "an ABF study circle has at least \(minimumPeople) people with the leader; \(course.participants.lowerBound) participant\(course.participants.lowerBound == 1 ? "" : "s") and a leader make \(course.participants.lowerBound + 1)"
                )
            )
        }
        if course.cadence == .days, course.sessions > maximumMeetingsPerWeek {
            found.append(
                Violation(
                    key: "cadence",
                    message:
                        "an ABF study circle meets at most \(maximumMeetingsPerWeek) times a week; 'days' with \(course.sessions) sessions meets \(course.sessions) days in a row"
                )
            )
        }
        return found
    }

    /// Whether someone born in `born` can be 13 during `dates`. Only the year
    /// is known, so a person counts as old enough if they turn 13 by the
    /// year of the last day: rejecting only those who certainly are too young.
    public static func isOldEnough(born: Int, during dates: DateRange) -> Bool {
        born + minimumAge <= dates.to.year
    }
}
