import Catalogue

/// A form of the leader's list that cannot be saved as it is; nothing was written. Each case
/// names the form field it is about, so the page can show it beside that field.
public enum MeetingInputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The circle has no meeting with this number (`session`).
    case unknownSession(circle: Circle.ID, session: Int, known: [Int])
    /// Ids that are not participants of the circle, in `present` or `distance`.
    case notInCircle(field: Field, people: [Person.ID])
    /// `to` is not after `from`.
    case endNotAfterStart(from: LocalTime, to: LocalTime)
    /// A break below 0 minutes.
    case negativeBreak(minutes: Int)
    /// A break longer than the meeting from `from` to `to`.
    case breakLongerThanMeeting(breakMinutes: Int, meetingMinutes: Int)
    /// Marked distance but not present: a distance participant takes part, so tick both.
    case distanceWithoutPresent(people: [Person.ID])
    /// A version below 0: not a number the page ever shows.
    case invalidVersion(Int)

    /// The form fields of the leader's list (`web.md`, "The leader's list").
    public enum Field: String, Sendable, Hashable, CaseIterable {
        case session, present, distance, from, to
        case `break`
        case version
    }

    /// The form field to show the message beside.
    public var field: Field {
        switch self {
        case .unknownSession: return .session
        case .notInCircle(let field, _): return field
        case .endNotAfterStart: return .to
        case .negativeBreak, .breakLongerThanMeeting: return .break
        case .distanceWithoutPresent: return .distance
        case .invalidVersion: return .version
        }
    }

    /// The message for the leader, in the page's language.
    public func message(_ language: Language) -> String {
        func t(_ sv: String, _ en: String) -> String { language == .sv ? sv : en }
        switch self {
        case let .unknownSession(circle, session, known):
            let list = known.map(String.init).joined(separator: ", ")
            return t(
                "cirkel \(circle) har ingen träff \(session) (träffarna är \(list)); inget sparades",
                "circle \(circle) has no meeting \(session) (its meetings are \(list)); nothing was saved"
            )
        case let .notInCircle(_, people):
            let list = people.map(\.rawValue).joined(separator: ", ")
            return t(
                "inte deltagare i cirkeln: \(list); inget sparades",
                "not participants of the circle: \(list); nothing was saved"
            )
        case let .endNotAfterStart(from, to):
            return t(
                "slutet \(to) är inte efter början \(from); inget sparades",
                "the end \(to) is not after the start \(from); nothing was saved"
            )
        case let .negativeBreak(minutes):
            return t(
                "en paus kan inte vara \(minutes) minuter; inget sparades",
                "a break cannot be \(minutes) minutes; nothing was saved"
            )
        case let .breakLongerThanMeeting(breakMinutes, meetingMinutes):
            return t(
                "pausen på \(breakMinutes) minuter är längre än träffen (\(meetingMinutes) minuter); inget sparades",
                "the break of \(breakMinutes) minutes is longer than the meeting (\(meetingMinutes) minutes); nothing was saved"
            )
        case let .distanceWithoutPresent(people):
            let list = people.map(\.rawValue).joined(separator: ", ")
            return t(
                "markerade på distans men inte närvarande: \(list); den som deltar på distans är närvarande, kryssa i båda; inget sparades",
                "marked distance but not present: \(list); a distance participant is present, tick both; nothing was saved"
            )
        case let .invalidVersion(version):
            return t(
                "versionen \(version) kommer inte från sidan; ladda om den; inget sparades",
                "version \(version) does not come from the page; reload it; nothing was saved"
            )
        }
    }

    /// In English, for the CLI and logs (ids only, never a name).
    public var description: String { "\(field.rawValue): \(message(.en))" }
}
