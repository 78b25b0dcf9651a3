import CSV
import Catalogue
import Foundation

/// The attendance list as a CSV file, and the way back: a ticked list read into records.
///
/// Layout (one list per file; the lines before the table say what it is):
/// ```
/// Närvarolista,Feministisk grundkurs
/// Organisation,Vänsterpartiet Värmland
/// Cirkel,fem-karlstad-var22            <- checked on import
/// ...
///
/// Id,Namn,Förening,Född,Kön,Träff 1,Träff 2,...   <- the table head, found by its "Id"
/// ,,,,Datum,2022-02-01,...
/// ,,,,Veckodag,tis,...
/// ,,,,Tid,18:30–21:00,...
/// ,,,,Studietimmar,3,...
/// p0002,Erik Berg,Vänsterpartiet Arvika,1990,M,,,...  <- one row per participant, boxes empty
///
/// Summa studietimmar,12
/// ```
/// The importer keys rows by the id in column A, never by name, and reads the session
/// numbers from the table head, so reordering rows or dropping a session column
/// in a spreadsheet still imports correctly.
public enum AttendanceCSV {
    /// Index of the first session column (after Id, name, association, born, gender).
    static let firstSessionColumn = 5

    /// The list as RFC 4180 text (UTF-8 with BOM, CRLF).
    public static func export(_ sheet: AttendanceSheet) -> String {
        CSVWriter.encode(rows(sheet))
    }

    /// Writes the list to `path` with mode 0600 (it holds personal data), atomically.
    public static func write(_ sheet: AttendanceSheet, to path: String) throws(AttendanceFileError) {
        try PrivateFile.write(Array(export(sheet).utf8), to: path)
    }

    static func rows(_ sheet: AttendanceSheet) -> [[String]] {
        let l = ListLabels.for(sheet.language)
        let pad = Array(repeating: "", count: firstSessionColumn - 1)
        var rows: [[String]] = [
            [l.title, sheet.courseTitle],
            [l.organisation, sheet.organisation],
            [l.circle, sheet.circleID.rawValue],
            [l.activity, sheet.activityKind.label(sheet.language)],
            [l.term, sheet.termName],
            [l.place, sheet.place],
            [l.leader, sheet.leaderName],
            [l.instructions],
            [],
            [l.id, l.name, l.association, l.born, l.gender] + sheet.sessions.map { "\(l.session) \($0.number)" },
            pad + [l.date] + sheet.sessions.map { $0.date.description },
            pad + [l.weekday] + sheet.sessions.map { $0.weekday.shortName(sheet.language) },
            pad + [l.time] + sheet.sessions.map { $0.timeRange },
            pad + [l.studyHours] + sheet.sessions.map { String($0.studyHours) },
        ]
        for p in sheet.participants {
            rows.append(
                [
                    p.id.rawValue, p.name, l.association(of: p),
                    p.birthYear.map(String.init) ?? "", p.gender?.code(sheet.language) ?? "",
                ] + Array(repeating: "", count: sheet.sessions.count)
            )
        }
        rows.append([])
        rows.append([l.totalStudyHours, String(sheet.plannedStudyHours)])
        return rows
    }

    /// What counts as a tick: present. An empty box is absent; anything else is an error.
    static let ticks: Set<String> = ["x", "1", "ja", "yes"]

    /// Reads a ticked list back.
    ///
    /// Returns one record per participant row and session column (present or not),
    /// in file order. Throws, returning nothing, when a row names someone not in
    /// `sheet`, a box holds something that is not a tick, the list belongs to
    /// another circle, or the file is not a list at all.
    /// - Parameter file: the name errors show (`närvaro-fem.csv`).
    public static func importTicks(
        text: String,
        sheet: AttendanceSheet,
        file: String
    ) throws(AttendanceImportError) -> [AttendanceRecord] {
        let records: [CSVRecord]
        do { records = try CSVReader.records(in: text, separator: separator(of: text)) } catch {
            switch error {
            case let .unterminatedQuote(line): throw .unterminatedQuote(file: file, line: line)
            case let .textAfterClosingQuote(line): throw .textAfterClosingQuote(file: file, line: line)
            }
        }
        let circleLabels = Set(Language.allCases.map { ListLabels.for($0).circle.lowercased() })
        guard let headIndex = records.firstIndex(where: { trimmed($0[0]).lowercased() == "id" }) else {
            throw .missingTableHead(file: file)
        }
        for record in records[..<headIndex] where circleLabels.contains(trimmed(record[0]).lowercased()) {
            let found = trimmed(record[1])
            if found != sheet.circleID.rawValue {
                throw .wrongCircle(file: file, line: record.line, found: found, expected: sheet.circleID)
            }
        }

        // Session columns: the head's cells from F on that end in a number ("Träff 3", "Session 3", "3").
        let head = records[headIndex]
        let known = Set(sheet.sessions.map(\.number))
        var columns: [(index: Int, session: Int)] = []
        for index in firstSessionColumn..<max(firstSessionColumn, head.fields.count) {
            let cell = trimmed(head[index])
            guard let number = cell.split(separator: " ").last.flatMap({ Int($0) }) else { continue }
            guard known.contains(number) else {
                throw .unknownSession(
                    file: file,
                    line: head.line,
                    column: index + 1,
                    session: number,
                    circle: sheet.circleID
                )
            }
            columns.append((index, number))
        }

        // The totals row ends the table too, should a spreadsheet user delete the empty row before it.
        let totals = Set(Language.allCases.map { ListLabels.for($0).totalStudyHours.lowercased() })
        let participants = Set(sheet.participants.map(\.id))
        var seen: [Person.ID: Int] = [:]
        var result: [AttendanceRecord] = []
        for record in records[(headIndex + 1)...] {
            if record.isBlank || totals.contains(trimmed(record[0]).lowercased()) { break }  // end of the table
            let id = trimmed(record[0])
            if id.isEmpty { continue }  // date, weekday, time, study-hour rows
            let person = Person.ID(id)
            guard participants.contains(person) else {
                throw .unknownPerson(
                    file: file,
                    line: record.line,
                    person: id,
                    name: trimmed(record[1]),
                    circle: sheet.circleID
                )
            }
            if let first = seen[person] {
                throw .duplicatePerson(file: file, line: record.line, person: person, firstLine: first)
            }
            seen[person] = record.line
            for column in columns {
                let value = trimmed(record[column.index])
                let present: Bool
                if value.isEmpty {
                    present = false
                } else if ticks.contains(value.lowercased()) {
                    present = true
                } else {
                    throw .invalidTick(
                        file: file,
                        line: record.line,
                        column: column.index + 1,
                        session: column.session,
                        value: value
                    )
                }
                result.append(
                    AttendanceRecord(circle: sheet.circleID, session: column.session, person: person, present: present)
                )
            }
        }
        return result
    }

    private static func trimmed(_ s: String) -> String { s.trimmingCharacters(in: .whitespaces) }

    /// The separator the table head uses: we write `,`, but a spreadsheet saving in a
    /// Swedish locale (Excel's "CSV (semikolonavgränsad)") writes `;`, some write tabs.
    static func separator(of text: String) -> Unicode.Scalar {
        for line in text.split(
            omittingEmptySubsequences: true,
            whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        ) {
            let scalars = Array(line.unicodeScalars.drop { $0 == "\u{FEFF}" }.prefix(3))
            guard scalars.count == 3, String(String.UnicodeScalarView(scalars[0..<2])).lowercased() == "id" else {
                continue
            }
            if [",", ";", "\t"].contains(scalars[2]) { return scalars[2] }
        }
        return ","
    }
}

extension AttendanceCSV {
    /// The circle a list belongs to: the `Cirkel` (`Circle`) line before the table head,
    /// so `circles attendance import FILE` needs no circle argument. `nil` if there is none
    /// or the file is not CSV.
    public static func circleID(in text: String) -> Circle.ID? {
        guard let records = try? CSVReader.records(in: text, separator: separator(of: text)) else { return nil }
        let labels = Set(Language.allCases.map { ListLabels.for($0).circle.lowercased() })
        for record in records {
            let head = record[0].trimmingCharacters(in: .whitespaces).lowercased()
            if head == "id" { return nil }
            if labels.contains(head) {
                let id = record[1].trimmingCharacters(in: .whitespaces)
                return id.isEmpty ? nil : Circle.ID(id)
            }
        }
        return nil
    }
}
