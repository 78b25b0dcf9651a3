extension Course {
    /// What sort of course it is (`kind`).
    public enum Kind: String, CaseIterable, Hashable, Sendable, Codable {
        case feministTraining = "feminist-training"
        case mediaTraining = "media-training"
        case studyCircle = "study-circle"
        case chairsMeeting = "chairs-meeting"
        case other
    }
}
