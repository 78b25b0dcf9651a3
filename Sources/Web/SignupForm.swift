import Catalogue
import Foundation
import State

/// The sign-up form of one course: its fields as sent, checked against the workspace, with
/// each problem beside its field in the page's language.
struct SignupForm {
    /// The fields as sent (trimmed), shown again when something needs fixing.
    var name = ""
    var email = ""
    var association = ""
    var role = ""
    var born = ""
    var gender = ""
    var never: [String] = []
    var note = ""
    var consent = false
    /// The field people leave empty and robots fill.
    var trap = ""
    /// Field name to message, in the order of the form.
    var errors: [(field: String, message: String)] = []

    static let maximumName = 100
    static let maximumEmail = 254
    static let maximumNote = 500
    static let genders = ["f", "m", "x"]

    init() {}

    init(_ body: FormBody) {
        name = Self.trimmed(body.value("name"))
        email = Self.trimmed(body.value("email"))
        association = Self.trimmed(body.value("association"))
        role = Self.trimmed(body.value("role"))
        born = Self.trimmed(body.value("born"))
        gender = Self.trimmed(body.value("gender"))
        never = body.values("never").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        note = (body.value("note") ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        consent = body.value("consent") == "yes"
        trap = body.value("website") ?? ""
    }

    var isRobot: Bool { !trap.isEmpty }

    /// The roles a person may sign up as for `course`: its audience, or members when it names none.
    static func roles(of course: Course) -> [Person.Role] {
        course.audience.isEmpty ? [.member] : course.audience
    }

    /// Checks every field; on success the sign-up to keep.
    mutating func validate(course: Course, workspace: Workspace, words: WebWords, thisYear: Int) -> NewSignup? {
        errors = []
        func fail(_ field: String, _ message: String) { errors.append((field, message)) }
        if name.isEmpty {
            fail("name", words["required"])
        } else if name.count > Self.maximumName {
            fail("name", words.tooLong(Self.maximumName))
        } else if name.contains(where: {
            $0.isNewline || $0.unicodeScalars.contains { $0.properties.generalCategory == .control }
        }) {
            fail("name", words["badName"])
        }
        if email.isEmpty {
            fail("email", words["required"])
        } else if email.utf8.count > Self.maximumEmail {
            fail("email", words.tooLong(Self.maximumEmail))
        } else if !MailAddress.isPlausible(email) {
            fail("email", words["badEmail"])
        }
        if association.isEmpty {
            fail("association", words["required"])
        } else if workspace.association(Association.ID(association)) == nil {
            fail("association", words["badAssociation"])
        }
        let roles = Self.roles(of: course)
        var chosenRole: Person.Role?
        if role.isEmpty {
            if roles.count == 1 { chosenRole = roles[0] } else { fail("role", words["badRole"]) }
        } else if let given = Person.Role(rawValue: role), roles.contains(given) {
            chosenRole = given
        } else {
            fail("role", words["badRole"])
        }
        var year: Int?
        if !born.isEmpty {
            if let value = Int(born), (1900...thisYear).contains(value), born.allSatisfy(\.isASCII) {
                year = value
            } else {
                fail("born", words.bornRange(thisYear))
            }
        }
        if !gender.isEmpty, !Self.genders.contains(gender) { fail("gender", words["badGender"]) }
        let days = never.compactMap { Weekday(code: $0) }
        if days.count != never.count || never.contains(where: { $0 != $0.lowercased() }) {
            fail("never", words["badWeekday"])
        }
        if note.count > Self.maximumNote { fail("note", words.tooLong(Self.maximumNote)) }
        if !consent { fail("consent", words["needConsent"]) }
        guard errors.isEmpty, let chosenRole else { return nil }
        return NewSignup(
            course: course.id.rawValue,
            name: name,
            email: email,
            association: association,
            role: chosenRole.rawValue,
            born: year,
            gender: gender.isEmpty ? nil : gender,
            never: Array(Set(days)).sorted().map(\.code),
            note: note.isEmpty ? nil : note
        )
    }

    func error(_ field: String) -> String? { errors.first { $0.field == field }?.message }

    private static func trimmed(_ value: String?) -> String {
        (value ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
