import Catalogue

/// The study associations' common rules for a study circle (Folkbildningsrådet),
/// as the spec's "ABF study circles" lists them.
public enum StudyCircleRule: String, Sendable, Hashable, Codable, CaseIterable {
    /// At least 3 and at most 20 people, the leader included.
    case groupSize = "group-size"
    /// At least 3 present at every meeting, the leader counted.
    case presentAtEveryMeeting = "present-at-every-meeting"
    /// At least 9 study hours over at least 3 meetings.
    case minimumStudyHours = "minimum-study-hours"
    /// A participant counts only if present at one of the first 3 meetings.
    case presentAtFirstThree = "present-at-first-three"
    /// At most 3 meetings and 12 study hours a week (Monday to Sunday).
    case weeklyLimit = "weekly-limit"
    /// At most 4 study hours in one meeting.
    case meetingLength = "meeting-length"
    /// Everyone is at least 13 years old.
    case minimumAge = "minimum-age"

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.groupSize, .sv): return "3–20 personer inklusive cirkelledaren"
        case (.groupSize, .en): return "3–20 people including the leader"
        case (.presentAtEveryMeeting, .sv): return "minst 3 närvarande vid varje träff (ledaren räknad)"
        case (.presentAtEveryMeeting, .en): return "at least 3 present at every meeting (leader counted)"
        case (.minimumStudyHours, .sv): return "minst 9 studietimmar under minst 3 träffar"
        case (.minimumStudyHours, .en): return "at least 9 study hours over at least 3 meetings"
        case (.presentAtFirstThree, .sv): return "deltagare närvarande vid någon av de 3 första träffarna"
        case (.presentAtFirstThree, .en): return "participants present at one of the first 3 meetings"
        case (.weeklyLimit, .sv): return "högst 3 träffar och 12 studietimmar per vecka"
        case (.weeklyLimit, .en): return "at most 3 meetings and 12 study hours a week"
        case (.meetingLength, .sv): return "högst 4 studietimmar per träff"
        case (.meetingLength, .en): return "at most 4 study hours a meeting"
        case (.minimumAge, .sv): return "alla minst 13 år"
        case (.minimumAge, .en): return "everyone at least 13 years old"
        }
    }
}
