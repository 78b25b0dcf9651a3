/// What the sign-up form sends, checked by the web layer and kept by `StateStore.addSignup`.
///
/// Personal data (GDPR art. 9: it says who wants to be in the party's courses): it is kept
/// only in State (0600) and never logged.
public struct NewSignup: Sendable, Hashable {
    /// The course id.
    public var course: String
    public var name: String
    public var email: String
    /// The association id (associations.yaml).
    public var association: String
    /// A role of the course's audience, when it has more than one; nil otherwise.
    public var role: String?
    /// Year of birth, for ABF's reporting; optional.
    public var born: Int?
    /// `f`, `m` or `x`, for ABF's reporting; optional.
    public var gender: String?
    /// Weekdays that never suit (`mon` .. `sun`): they become `unavailable`.
    public var never: [String]
    /// A note to the organiser, at most `Signup.noteLimit` characters.
    public var note: String?

    public init(
        course: String,
        name: String,
        email: String,
        association: String,
        role: String? = nil,
        born: Int? = nil,
        gender: String? = nil,
        never: [String] = [],
        note: String? = nil
    ) {
        self.course = course
        self.name = name
        self.email = email
        self.association = association
        self.role = role
        self.born = born
        self.gender = gender
        self.never = never
        self.note = note
    }
}
