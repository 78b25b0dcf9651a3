extension Person {
    /// What a person is in the party (`people.csv` `roles`); a course's
    /// `audience` lists the roles that may enrol.
    public enum Role: String, CaseIterable, Hashable, Comparable, Sendable, Codable {
        case member
        case trainer
        case chair
        case candidate
        case membershipOfficer = "membership-officer"

        public static func < (lhs: Role, rhs: Role) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }
}
