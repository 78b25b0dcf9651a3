/// Where a sign-up stands: waiting for its e-mail confirmation, confirmed (an enrolment), or
/// rejected by the organiser (`circles signups reject`).
public enum SignupStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case pending
    case confirmed
    case rejected
}
