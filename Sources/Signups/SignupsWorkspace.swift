import Catalogue
import Foundation
import State

/// The workspace every command plans from: the files, and what the web added to State:
/// confirmed sign-ups (enrolments, new `w` people, weekdays that never suit), leavings and
/// erasures. A workspace without a State file is its files alone (no file is created).
public enum SignupsWorkspace {
    /// Loads the workspace at `path` (as the user typed it) with its State.
    public static func load(from path: String) throws(SignupsLoadError) -> Workspace {
        let file = URL(fileURLWithPath: path, isDirectory: true)
            .appendingPathComponent(StateStore.folderName, isDirectory: true)
            .appendingPathComponent(StateStore.fileName)
        guard FileManager.default.fileExists(atPath: file.path) else {
            do { return try Workspace.load(from: path) } catch { throw .workspace(error) }
        }
        let records: Records
        do {
            records = try Records(store: try StateStore(workspace: URL(fileURLWithPath: path, isDirectory: true)))
        } catch {
            throw .state(error)
        }
        return try load(from: path, records: records)
    }

    /// Loads the workspace at `path` with `store`'s sign-ups (the server holds one store).
    public static func load(from path: String, store: StateStore) throws(SignupsLoadError) -> Workspace {
        let records: Records
        do { records = try Records(store: store) } catch { throw .state(error) }
        return try load(from: path, records: records)
    }

    static func load(from path: String, records: Records) throws(SignupsLoadError) -> Workspace {
        do {
            return try Workspace.load(from: path) { files in additions(records, to: files) }
        } catch {
            throw .workspace(error)
        }
    }

    /// What State holds that bears on the plan, read in one go.
    struct Records: Sendable {
        var signups: [Signup]
        var leavings: [Leaving]
        var erasures: [(person: String, erasedAt: Date)]

        init(store: StateStore) throws(StateError) {
            signups = try store.signups(status: .confirmed)
            leavings = try store.allLeavings()
            erasures = try store.erasures()
        }

        init(signups: [Signup], leavings: [Leaving], erasures: [(person: String, erasedAt: Date)]) {
            self.signups = signups
            self.leavings = leavings
            self.erasures = erasures
        }
    }

    /// Where a sign-up is named in messages: `sign-up 12`.
    public static func location(of number: Int) -> SourceLocation { SourceLocation(file: "sign-up \(number)") }

    /// The additions of `records` to the files' workspace `files`.
    ///
    /// A confirmed sign-up not yet merged into the files is a request of its person (a
    /// people.csv person, or a new `w` person made from the sign-up: the first of their
    /// sign-ups gives the name and details), and its weekdays that never suit are added to the
    /// person's unavailability. A leaving takes the request back unless the person signed up
    /// for the course again after it. An erasure drops every request of the person from
    /// before it.
    static func additions(_ records: Records, to files: Workspace) -> WorkspaceAdditions {
        var additions = WorkspaceAdditions()
        var newPeople: [Person.ID: Int] = [:]
        var lastConfirmed: [String: Date] = [:]
        for signup in records.signups where signup.status == .confirmed && signup.mergedAt == nil {
            guard let raw = signup.person else { continue }
            let location = location(of: signup.number)
            let person = Person.ID(raw)
            let key = "\(raw)\u{0}\(signup.course)"
            lastConfirmed[key] = max(lastConfirmed[key] ?? .distantPast, signup.confirmedAt ?? signup.createdAt)
            var never: [Person.Unavailability] = []
            for code in signup.never {
                if let day = Weekday(code: code) {
                    never.append(.weekday(day))
                } else {
                    additions.problems.append(
                        WorkspaceProblem(location: location, key: "never", message: "'\(code)' is not a weekday")
                    )
                }
            }
            if files.person(person) == nil, newPeople[person] == nil {
                guard Person.ID.isWellFormed(raw) else {
                    additions.problems.append(
                        WorkspaceProblem(
                            location: location,
                            key: "person",
                            message: Identifier<Never>.problem(with: raw)
                        )
                    )
                    continue
                }
                guard let made = newPerson(signup, id: person, never: never, location: location, files: files) else {
                    additions.problems.append(
                        WorkspaceProblem(
                            location: location,
                            key: "role",
                            message:
                                "'\(signup.role ?? "")' is not a role; expected \(Person.Role.allCases.map(\.rawValue).joined(separator: ", "))"
                        )
                    )
                    continue
                }
                newPeople[person] = additions.people.count
                additions.people.append(made)
            } else if !never.isEmpty {
                additions.unavailability.append(.init(person: person, entries: never, location: location))
            }
            additions.enrolments.append(
                Enrolment(person: person, course: Course.ID(signup.course), location: location)
            )
        }
        for leaving in records.leavings {
            // Signed up for the course again after leaving: that request stands.
            if let again = lastConfirmed["\(leaving.person)\u{0}\(leaving.course)"], again > leaving.leftAt { continue }
            additions.withdrawals.append(
                .init(
                    person: Person.ID(leaving.person),
                    course: Course.ID(leaving.course),
                    circle: Circle.ID(leaving.circle),
                    location: SourceLocation(file: "leaving of \(leaving.person) from \(leaving.circle)")
                )
            )
        }
        for erasure in records.erasures {
            additions.erasures.append(
                .init(person: Person.ID(erasure.person), location: SourceLocation(file: "erasure of \(erasure.person)"))
            )
        }
        return additions
    }

    /// A person made from their first sign-up: the role they gave, else the course's one
    /// audience role, else member (an unknown course is reported as such anyway).
    static func newPerson(
        _ signup: Signup,
        id: Person.ID,
        never: [Person.Unavailability],
        location: SourceLocation,
        files: Workspace
    ) -> Person? {
        let role: Person.Role
        if let raw = signup.role {
            guard let given = Person.Role(rawValue: raw) else { return nil }
            role = given
        } else if let audience = files.course(Course.ID(signup.course))?.audience, audience.count == 1 {
            role = audience[0]
        } else {
            role = .member
        }
        return Person(
            id: id,
            name: signup.name,
            association: Association.ID(signup.association),
            roles: [role],
            qualifications: [],
            unavailable: never,
            born: signup.born,
            gender: signup.gender.flatMap(Person.Gender.init(rawValue:)),
            email: signup.email,
            location: location
        )
    }
}
