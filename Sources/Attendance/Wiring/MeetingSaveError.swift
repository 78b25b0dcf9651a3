import State

/// Why a meeting from the leader's list was not saved. Any of these means nothing was
/// written (not even the form's nonce).
public enum MeetingSaveError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The form's values are wrong; the case names the field.
    case invalid(MeetingInputError)
    /// The form was sent before (its nonce is spent): a replay or a double tap.
    case formTokenSpent
    /// The private store refused or failed; the transaction was rolled back.
    case store(StateError)

    public var description: String {
        switch self {
        case .invalid(let error): return error.description
        case .formTokenSpent: return StateError.formTokenSpent.description
        case .store(let error): return "\(error); nothing was saved"
        }
    }
}
