import Foundation
import GRDB

/// A sign-up as kept in State: "sign-up 12" in messages is its `number`.
///
/// A confirmed one is an enrolment of `person` in `course` (a people.csv id, an earlier
/// sign-up's person, or `w` + its number for someone new). The confirmation code is not here:
/// only its digest is kept, and it is never read back out.
public struct Signup: Sendable, Hashable, Codable {
    public var number: Int
    public var course: String
    public var name: String
    public var email: String
    public var association: String
    public var role: String?
    public var born: Int?
    public var gender: String?
    public var never: [String]
    public var note: String?
    public var status: SignupStatus
    /// Set when confirmed.
    public var person: String?
    public var createdAt: Date
    public var confirmedAt: Date?
    public var rejectedWhy: String?
    /// When `circles signups merge` wrote it into people.csv and enrolments.csv; nil if never.
    public var mergedAt: Date?

    /// The longest note to the organiser, in characters.
    public static let noteLimit = 500

    /// The weekday codes `never` may hold, in week order.
    public static let weekdayCodes = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    /// The form of an address sign-ups are matched by: trimmed, lower-cased.
    public static func emailKey(of email: String) -> String {
        email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    public init(
        number: Int,
        course: String,
        name: String,
        email: String,
        association: String,
        role: String?,
        born: Int?,
        gender: String?,
        never: [String],
        note: String?,
        status: SignupStatus,
        person: String?,
        createdAt: Date,
        confirmedAt: Date?,
        rejectedWhy: String?,
        mergedAt: Date? = nil
    ) {
        self.number = number
        self.course = course
        self.name = name
        self.email = email
        self.association = association
        self.role = role
        self.born = born
        self.gender = gender
        self.never = never
        self.note = note
        self.status = status
        self.person = person
        self.createdAt = createdAt
        self.confirmedAt = confirmedAt
        self.rejectedWhy = rejectedWhy
        self.mergedAt = mergedAt
    }
}

extension Signup: FetchableRecord {
    static let databaseTableName = "signup"

    /// Read by column name: `never` is stored comma-joined, and the digest is left unread.
    public init(row: Row) throws {
        number = try row.decode(forColumn: "number")
        course = try row.decode(forColumn: "course")
        name = try row.decode(forColumn: "name")
        email = try row.decode(forColumn: "email")
        association = try row.decode(forColumn: "association")
        role = try row.decode(forColumn: "role")
        born = try row.decode(forColumn: "born")
        gender = try row.decode(forColumn: "gender")
        let days: String = try row.decode(forColumn: "never")
        never = days.split(separator: ",").map(String.init)
        note = try row.decode(forColumn: "note")
        let raw: String = try row.decode(forColumn: "status")
        guard let status = SignupStatus(rawValue: raw) else {
            throw StateError.invalid(operation: "reading sign-up \(number)", reason: "unknown status '\(raw)'")
        }
        self.status = status
        person = try row.decode(forColumn: "person")
        createdAt = try row.decode(forColumn: "created_at")
        confirmedAt = try row.decode(forColumn: "confirmed_at")
        rejectedWhy = try row.decode(forColumn: "rejected_why")
        mergedAt = try row.decode(forColumn: "merged_at")
    }
}
