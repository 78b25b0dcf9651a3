/// Reads `enrolments.csv`: which person asks for which course.
struct EnrolmentsLoader {
    let file: String
    let log: ProblemLog

    static let requiredColumns = ["person", "course"]

    func load(_ text: String) -> [Enrolment] {
        guard let rows = CSVFileReader(file: file, log: log).rows(of: text, requiredColumns: Self.requiredColumns)
        else { return [] }
        var firstRow: [String: SourceLocation] = [:]
        return rows.compactMap { row in
            guard row.hasHeaderWidth else { return nil }
            var ids: [String] = []
            for column in Self.requiredColumns {
                guard let value = row.value(column) else {
                    log.add(row.location, key: column, "required value is empty")
                    continue
                }
                guard Person.ID.isWellFormed(value) else {
                    log.add(row.location, key: column, Identifier<Never>.problem(with: value))
                    continue
                }
                ids.append(value)
            }
            guard ids.count == 2 else { return nil }
            let pair = ids.joined(separator: "\u{0}")
            if let first = firstRow[pair] {
                log.add(row.location, key: "person", "\(ids[0]) is already enrolled in '\(ids[1])' (first at \(first))")
                return nil
            }
            firstRow[pair] = row.location
            return Enrolment(person: Person.ID(ids[0]), course: Course.ID(ids[1]), location: row.location)
        }
    }
}
