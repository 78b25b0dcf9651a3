extension Course {
    /// How the course is reported to ABF (`abf`).
    public enum ABFReporting: String, CaseIterable, Hashable, Sendable, Codable {
        /// A study circle: the study associations' common rules apply and are
        /// enforced (see `ABFStudyCircleRules`).
        case studyCircle = "study-circle"
        /// "Annan folkbildning": larger groups, longer or single meetings allowed.
        case other
    }
}
