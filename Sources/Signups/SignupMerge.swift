import AtomicFiles
import CSV
import Catalogue
import Foundation
import State

/// `circles signups merge`: writes confirmed sign-ups into people.csv and enrolments.csv, for
/// organisers who keep the files as the only source, and marks them merged so they are not
/// added twice.
///
/// The files keep their columns and every existing row byte for byte: new rows are appended
/// in the file's own line ends, fields in its header's order. Each file is written whole
/// (`AtomicFile`), people first: a run stopped between the two is finished by merging again
/// (a person already in people.csv is not written again, a request already in
/// enrolments.csv neither). What is merged is what the workspace with its sign-ups says, so
/// a sign-up that does not validate stops the merge with its message.
public struct SignupMerge: Sendable {
    public let path: String
    public let store: StateStore

    public init(workspace path: String, store: StateStore) {
        self.path = path
        self.store = store
    }

    public func merge() throws(SignupMergeError) -> SignupMergeReport {
        // One read of State for both: a sign-up confirmed meanwhile (by the server) waits for
        // the next merge instead of being marked merged without being written.
        let records: SignupsWorkspace.Records
        do { records = try SignupsWorkspace.Records(store: store) } catch { throw .state(error) }
        let workspace: Workspace
        do { workspace = try SignupsWorkspace.load(from: path, records: records) } catch { throw .load(error) }
        let signups = records.signups.filter { $0.status == .confirmed && $0.mergedAt == nil }
        var report = SignupMergeReport()
        guard !signups.isEmpty else { return report }

        let peopleFile = CSVFile(path: file("people.csv"))
        let enrolmentsFile = CSVFile(path: file("enrolments.csv"))
        let people = try peopleFile.read()
        let enrolments = try enrolmentsFile.read()
        let knownIDs = Set(people.rows.map { people.value("id", in: $0) })
        let knownRequests = Set(
            enrolments.rows.map { "\(enrolments.value("person", in: $0))\u{0}\(enrolments.value("course", in: $0))" }
        )

        var newPeople: [[String]] = []
        var newRequests: [[String]] = []
        var written = Set<String>()
        for signup in signups {
            guard let id = signup.person else { continue }
            let location = SignupsWorkspace.location(of: signup.number)
            if let person = workspace.person(Person.ID(id)), person.location == location, !knownIDs.contains(id),
                written.insert(id).inserted
            {
                newPeople.append(try row(of: person, signup: signup, header: people))
                report.people.append(id)
            } else if !signup.never.isEmpty, knownIDs.contains(id) {
                report.unavailableToAdd.append(
                    "\(id): \(signup.never.joined(separator: ", ")) (sign-up \(signup.number))"
                )
            }
            let request = "\(id)\u{0}\(signup.course)"
            // Only a request the workspace holds (not taken back since), and once.
            if workspace.enrolments.contains(where: { $0.location == location }), !knownRequests.contains(request),
                written.insert(request).inserted
            {
                newRequests.append(enrolments.header.map { $0 == "person" ? id : $0 == "course" ? signup.course : "" })
            }
            report.signups.append(signup.number)
        }
        try peopleFile.append(newPeople, to: people)
        try enrolmentsFile.append(newRequests, to: enrolments)
        report.enrolments = newRequests.count
        do { try store.markMerged(report.signups) } catch { throw .state(error) }
        return report
    }

    private func file(_ name: String) -> String {
        path.hasSuffix("/") ? path + name : "\(path)/\(name)"
    }

    /// The person's row in people.csv's column order; refused when a value has no column.
    private func row(of person: Person, signup: Signup, header: CSVFile.Content) throws(SignupMergeError) -> [String] {
        let values: [String: String] = [
            "id": person.id.rawValue,
            "name": person.name,
            "association": person.association.rawValue,
            "roles": person.roles.map(\.rawValue).joined(separator: ";"),
            "unavailable": person.unavailable.map(\.description).joined(separator: ";"),
            "born": person.born.map(String.init) ?? "",
            "gender": person.gender?.rawValue ?? "",
            "email": person.email ?? "",
        ]
        for (column, value) in values.sorted(by: { $0.key < $1.key }) where !value.isEmpty {
            if !header.header.contains(column) {
                throw .missingColumn(file: header.path, column: column, signup: signup.number)
            }
        }
        return header.header.map { values[$0] ?? "" }
    }
}

/// One workspace CSV file read for appending: its text, header and rows.
struct CSVFile {
    let path: String

    struct Content {
        let path: String
        let text: String
        /// Lower-cased, trimmed column names, as the loader reads them.
        let header: [String]
        let rows: [CSVRecord]

        func value(_ column: String, in row: CSVRecord) -> String {
            guard let index = header.firstIndex(of: column) else { return "" }
            return row[index].trimmingCharacters(in: .whitespaces)
        }
    }

    func read() throws(SignupMergeError) -> Content {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
        else { throw .unreadable(file: path, reason: "the file is missing or not UTF-8 text") }
        let records: [CSVRecord]
        do { records = try CSVReader.records(in: text).filter { !$0.isEmptyLine } } catch {
            throw .unreadable(file: path, reason: "line \(error.line): \(error.message)")
        }
        guard let header = records.first else { throw .unreadable(file: path, reason: "the file has no header row") }
        return Content(
            path: path,
            text: text,
            header: header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() },
            rows: Array(records.dropFirst())
        )
    }

    /// Appends `rows` to the file as it was read, in its line ends, keeping its mode.
    func append(_ rows: [[String]], to content: Content) throws(SignupMergeError) {
        guard !rows.isEmpty else { return }
        let lineEnd = content.text.contains("\r\n") ? "\r\n" : "\n"
        var text = content.text
        // By bytes: "\r\n" is one Character, so `hasSuffix("\n")` would miss it.
        if let last = text.utf8.last, last != UInt8(ascii: "\n"), last != UInt8(ascii: "\r") { text += lineEnd }
        for row in rows { text += row.map(CSVWriter.quote).joined(separator: ",") + lineEnd }
        let mode = (try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int).map {
            mode_t($0)
        }
        do { try AtomicFile.write(Array(text.utf8), to: path, mode: mode ?? 0o600) } catch { throw .write(error) }
    }
}
