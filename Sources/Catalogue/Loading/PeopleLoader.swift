import Foundation

/// Reads `people.csv`.
struct PeopleLoader {
    let file: String
    let log: ProblemLog

    struct Result {
        var people: [Person] = []
        var declared = DeclaredIDs<Person>()
        /// Whether every row loaded (see `VenuesLoader.Result.isComplete`).
        var isComplete = true
    }

    static let requiredColumns = ["id", "name", "association", "roles"]
    static let unavailableForms =
        "a weekday (wed), a date (2022-03-14), a range (2022-03-14..2022-03-20) or a weekday's hours (mon 18:00-20:00)"

    /// nil if the file as a whole cannot be read.
    func load(_ text: String) -> Result? {
        var result = Result()
        guard let rows = CSVFileReader(file: file, log: log).rows(of: text, requiredColumns: Self.requiredColumns)
        else { return nil }
        for row in rows {
            guard row.hasHeaderWidth else {
                // Reported already; its id still exists, so references to it are not reported again.
                if let raw = row.value("id"), Person.ID.isWellFormed(raw) {
                    result.declared.declare(Person.ID(raw), at: row.location, key: "id", kind: "person", log: log)
                }
                result.isComplete = false
                continue
            }
            if let person = readPerson(row, declared: &result.declared) {
                result.people.append(person)
            } else {
                result.isComplete = false
            }
        }
        return result
    }

    private func required(_ row: CSVRow, _ column: String) -> String? {
        guard let value = row.value(column) else {
            log.add(row.location, key: column, "required value is empty")
            return nil
        }
        return value
    }

    private func list(_ row: CSVRow, _ column: String) -> [String] {
        (row.value(column) ?? "").split(separator: ";").map { CSVRow.trimmed(String($0)) }.filter { !$0.isEmpty }
    }

    /// The person, if the required columns are valid. A bad optional column
    /// is reported and left out: the load fails anyway, and the person still
    /// takes part in the checks across files, so nothing else is reported
    /// because of it.
    private func readPerson(_ row: CSVRow, declared: inout DeclaredIDs<Person>) -> Person? {
        func problem(_ column: String, _ message: String) {
            log.add(row.location, key: column, message)
        }
        var id: Person.ID?
        if let raw = required(row, "id") {
            if Person.ID.isWellFormed(raw) {
                id = Person.ID(raw)
                declared.declare(Person.ID(raw), at: row.location, key: "id", kind: "person", log: log)
            } else {
                problem("id", Identifier<Never>.problem(with: raw))
            }
        }
        let name = required(row, "name")
        let association = required(row, "association")
        var roles: [Person.Role] = []
        var rolesValid = true
        let roleOptions = Person.Role.allCases.map(\.rawValue)
        for raw in list(row, "roles") {
            if let role = Person.Role(rawValue: raw) {
                roles.append(role)
            } else {
                rolesValid = false
                problem(
                    "roles",
                    "'\(raw)' is not a role; expected \(roleOptions.joined(separator: ", "))\(Suggestion.hint(for: raw, among: roleOptions))"
                )
            }
        }
        if roles.isEmpty && row.value("roles") == nil { problem("roles", "required value is empty") }
        var qualifications: [Qualification] = []
        for raw in list(row, "qualifications") {
            if Identifier<Qualification>.isWellFormed(raw) {
                qualifications.append(Qualification(raw))
            } else {
                problem(
                    "qualifications",
                    "'\(raw)' is not a valid qualification: use lower-case letters a-z, digits and '-'"
                )
            }
        }
        var unavailable: [Person.Unavailability] = []
        for raw in list(row, "unavailable") {
            if let entry = Person.Unavailability(text: raw) {
                unavailable.append(entry)
            } else {
                problem("unavailable", "'\(raw)' is not \(Self.unavailableForms)")
            }
        }
        var born: Int?
        if let raw = row.value("born") {
            if raw.count == 4, let year = Int(raw), (1900...2100).contains(year) {
                born = year
            } else {
                problem("born", "expected a year of birth such as 1978, found '\(raw)'")
            }
        }
        var gender: Person.Gender?
        if let raw = row.value("gender") {
            if let value = Person.Gender(rawValue: raw.lowercased()) {
                gender = value
            } else {
                problem("gender", "expected f, m or x, found '\(raw)'")
            }
        }
        let email = row.value("email")
        if let email, !isPlausibleEmail(email) {
            problem("email", "'\(email)' is not an e-mail address")
        }
        // Without all their roles, audience checks on the person would mislead.
        guard let id, let name, let association, rolesValid, !roles.isEmpty else { return nil }
        guard Association.ID.isWellFormed(association) else {
            log.add(row.location, key: "association", Identifier<Never>.problem(with: association))
            return nil
        }
        return Person(
            id: id,
            name: name,
            association: Association.ID(association),
            roles: roles,
            qualifications: qualifications,
            unavailable: unavailable,
            born: born,
            gender: gender,
            email: email,
            location: row.location
        )
    }

    /// One `@` with text on both sides and a dot in the domain: enough to catch
    /// a name or a phone number typed into the wrong column.
    private func isPlausibleEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        // Characters, not strings: `contains("x")` on a String goes through Foundation's search.
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(Character("."))
            && !text.contains(Character(" "))
    }
}
