import Catalogue
import Foundation

/// The tests' one workspace builder: the files of a workspace of format v1, written by a
/// test into a temporary folder. `WorkspaceFixture()` is a valid minimal workspace that each
/// test breaks in one thing (`replace`, `remove`, `write`) before writing, so a test states
/// only its mistake and what it expects; `WorkspaceFixture.blank` is one the test builds up
/// itself (`addVenue`, `addCourse`, `addPerson`, ...), as the Planner's tests do.
///
/// Here, in the testing target, so that the tests of every module that reads a workspace
/// (Catalogue, Planner, Feeds, Attendance, Signups, Mail, the `circles` command) share it.
public struct WorkspaceFixture: Sendable {
    /// Relative path -> content.
    public var files: [String: String]

    /// The valid minimal workspace.
    public init() {
        self.init(files: WorkspaceFixture.valid)
    }

    public init(files: [String: String]) {
        self.files = files
    }

    /// Applies `edit`.
    public mutating func apply(_ edit: Edit) throws(TextNotFound) {
        switch edit.kind {
        case .replace(let old, let new):
            guard let content = files[edit.file], content.contains(old) else {
                throw TextNotFound(file: edit.file, text: old)
            }
            files[edit.file] = content.replacingOccurrences(of: old, with: new)
        case .write(let content):
            files[edit.file] = content
        case .remove:
            files[edit.file] = nil
        }
    }

    public mutating func apply(_ edits: [Edit]) throws(TextNotFound) {
        for edit in edits { try apply(edit) }
    }

    /// Writes the files into a new temporary folder and returns the workspace path (`.../Courses`).
    public func write() throws -> String {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("circles-catalogue-\(UUID().uuidString)")
            .appendingPathComponent("Courses")
        for (relative, content) in files {
            let url = root.appendingPathComponent(relative)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(),
                withIntermediateDirectories: true
            )
            try Data(content.utf8).write(to: url)
        }
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("catalogue"),
            withIntermediateDirectories: true
        )
        return root.path
    }

    /// Writes and loads; the problems' descriptions with the workspace path
    /// replaced by `{root}`, so expectations read like the user's messages.
    public func problems() throws -> [String] {
        let root = try write()
        defer {
            try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: root).deletingLastPathComponent().path)
        }
        do {
            _ = try Workspace.load(from: root)
            return []
        } catch {
            return error.problems.map { $0.description.replacingOccurrences(of: root, with: "{root}") }
        }
    }

    /// Writes and loads a workspace that must be valid.
    public func load() throws -> Workspace {
        let root = try write()
        defer {
            try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: root).deletingLastPathComponent().path)
        }
        return try Workspace.load(from: root)
    }

    public static let plan = """
        organisation: Vänsterpartiet Värmland
        timezone: Europe/Stockholm
        language: sv
        holidays: se
        terms:
          - { id: spring-2022, name: "Våren 2022", from: 2022-01-10, to: 2022-06-17 }
          - { id: autumn-2022, name: "Hösten 2022", from: 2022-08-15, to: 2022-12-16 }
        windows:
          evening: { days: [mon, tue, wed, thu], from: "18:00", to: "21:30" }
          weekend: { days: [sat, sun], from: "10:00", to: "16:00" }
        blackouts:
          - { date: 2022-09-11, reason: "Valdag" }
          - { from: 2022-08-29, to: 2022-09-10, reason: "Valspurt", unless_tag: election }
        travel:
          max_km: 60

        """

    public static let venues = """
        - id: abf-karlstad
          name: ABF Värmland, Karlstad
          municipality: Karlstad
          address: "Drottninggatan 1, Karlstad"
          location: { lat: 59.3793, lon: 13.5036 }
          rooms:
            - { id: stora, name: Stora salen, capacity: 30, features: [projector, accessible] }
            - { id: lilla, name: Lilla rummet, capacity: 10, features: [accessible] }
          closed: [ { from: 2022-07-01, to: 2022-08-07 } ]
        - id: digital
          name: Digitalt möte
          online: true
          url: "https://meet.example.org/{circle}"
          rooms: [ { id: main, capacity: 100 } ]

        """

    public static let associations = """
        - { id: karlstad, name: "Vänsterpartiet Karlstad", municipality: Karlstad,
            location: { lat: 59.3793, lon: 13.5036 } }
        - { id: arvika, name: "Vänsterpartiet Arvika", municipality: Arvika, location: { lat: 59.6553, lon: 12.5852 } }

        """

    public static let feminist = """
        id: feministisk-grundkurs
        title: Feministisk grundkurs
        kind: feminist-training
        description: |
          Fyra träffar om partiets feministiska analys.
        abf: study-circle
        format: in-person
        sessions: 4
        length: 2h30m
        cadence: weekly
        windows: [evening]
        participants: { min: 4, max: 12 }
        audience: [member]
        leader: feminist-trainer
        room: { features: [projector] }
        terms: [spring-2022, autumn-2022]
        deadline: 2022-12-01
        after: []
        tags: []

        """

    public static let media = """
        id: mediatraning-kandidater
        title: Mediaträning för kandidater
        kind: media-training
        format: digital
        sessions: 2
        length: 90
        cadence: days
        windows: [weekend]
        participants: { min: 2, max: 6 }
        audience: [candidate]
        leader: media-trainer
        terms: [autumn-2022]
        after: [feministisk-grundkurs]
        tags: [election]

        """

    public static let people = """
        id,name,association,roles,qualifications,unavailable,born,gender,email
        p0001,Anna Andersson,karlstad,member;trainer,feminist-trainer;media-trainer,wed;2022-03-14..2022-03-20,1978,f,
        p0002,Erik Berg,arvika,member;candidate,,,1990,m,erik@example.org
        p0003,"Lind, Sara",karlstad,member,,mon 18:00-20:00;2022-04-01,2001,x,sara@example.org

        """

    public static let enrolments = """
        person,course
        p0002,mediatraning-kandidater
        p0002,feministisk-grundkurs
        p0003,feministisk-grundkurs

        """

    public static let circles = """
        - id: fem-karlstad-var22
          course: feministisk-grundkurs
          term: spring-2022
          venue: abf-karlstad
          leader: p0001
          participants: [p0002, p0003]
          pinned:
            - { session: 1, start: 2022-02-01T18:30, room: abf-karlstad/stora }

        """

    public static let valid: [String: String] = [
        "plan.yaml": plan,
        "venues.yaml": venues,
        "associations.yaml": associations,
        "catalogue/feministisk-grundkurs.yaml": feminist,
        "catalogue/mediatraning-kandidater.yaml": media,
        "people.csv": people,
        "enrolments.csv": enrolments,
        "circles.yaml": circles,
    ]
}
