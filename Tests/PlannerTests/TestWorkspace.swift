import Catalogue
import CirclesTesting
import Foundation

/// A small workspace written to a temporary folder, in format v1, for planner tests.
/// Random ones come from a seeded generator so a failing case can be rerun.
struct TestWorkspace {
    var plan = """
        organisation: Testföreningen
        timezone: Europe/Stockholm
        language: sv
        holidays: se
        terms:
          - { id: spring, name: "Våren 2022", from: 2022-01-10, to: 2022-06-17 }
        windows:
          evening: { days: [mon, tue, wed, thu], from: "18:00", to: "21:30" }
          weekend: { days: [sat, sun], from: "10:00", to: "16:00" }
        blackouts:
          - { date: 2022-03-15, reason: "Årsmöte" }
        travel:
          max_km: 60
        """
    var venues: [String] = []
    var associations: [String] = []
    var courses: [String: String] = [:]
    var people = ["id,name,association,roles,qualifications,unavailable,born,gender"]
    var enrolments = ["person,course"]
    var circles: String?

    /// Writes the files and returns the workspace folder.
    func write() throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("circles-planner-\(UUID().uuidString)/Courses")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("catalogue"),
            withIntermediateDirectories: true
        )
        func put(_ name: String, _ text: String) throws {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        try put("plan.yaml", plan + "\n")
        try put("venues.yaml", venues.joined(separator: "\n") + "\n")
        try put("associations.yaml", associations.joined(separator: "\n") + "\n")
        for (id, text) in courses { try put("catalogue/\(id).yaml", text) }
        try put("people.csv", people.joined(separator: "\n") + "\n")
        try put("enrolments.csv", enrolments.joined(separator: "\n") + "\n")
        if let circles { try put("circles.yaml", circles) }
        return folder
    }

    mutating func addAssociation(_ id: String, lat: Double, lon: Double) {
        associations.append("- { id: \(id), name: \"Förening \(id)\", location: { lat: \(lat), lon: \(lon) } }")
    }

    mutating func addVenue(
        _ id: String,
        lat: Double,
        lon: Double,
        rooms: [(id: String, capacity: Int)],
        closed: String? = nil
    ) {
        let roomList = rooms.map {
            "{ id: \($0.id), name: \"Rum \($0.id)\", capacity: \($0.capacity), features: [projector] }"
        }
        venues.append(
            """
            - id: \(id)
              name: "Lokal \(id)"
              address: "Gatan 1"
              location: { lat: \(lat), lon: \(lon) }
              rooms: [\(roomList.joined(separator: ", "))]
            """ + (closed.map { "\n  closed: [ \($0) ]" } ?? "")
        )
    }

    mutating func addOnlineVenue() {
        venues.append(
            """
            - id: digital
              name: Digitalt
              online: true
              url: "https://meet.example.org/{circle}"
              rooms: [ { id: main, capacity: 100 } ]
            """
        )
    }

    mutating func addCourse(
        _ id: String,
        sessions: Int = 4,
        length: String = "2h30m",
        cadence: String = "weekly",
        windows: String = "[evening]",
        min: Int = 3,
        max: Int = 8,
        format: String = "in-person",
        leader: String = "trainer",
        abf: String? = nil,
        deadline: String? = nil,
        after: [String] = [],
        tags: [String] = []
    ) {
        var lines = [
            "id: \(id)", "title: Kurs \(id)", "kind: study-circle", "format: \(format)", "sessions: \(sessions)",
            "length: \(length)", "cadence: \(cadence)", "windows: \(windows)",
            "participants: { min: \(min), max: \(max) }", "audience: [member]", "leader: \(leader)",
            "terms: [spring]",
        ]
        if let abf { lines.append("abf: \(abf)") }
        if let deadline { lines.append("deadline: \(deadline)") }
        if !after.isEmpty { lines.append("after: [\(after.joined(separator: ", "))]") }
        if !tags.isEmpty { lines.append("tags: [\(tags.joined(separator: ", "))]") }
        courses[id] = lines.joined(separator: "\n") + "\n"
    }

    mutating func addPerson(
        _ id: String,
        association: String,
        roles: String = "member",
        qualifications: String = "",
        unavailable: String = "",
        born: Int = 1980
    ) {
        people.append("\(id),Person \(id),\(association),\(roles),\(qualifications),\(unavailable),\(born),f")
    }

    mutating func enrol(_ person: String, _ course: String) {
        enrolments.append("\(person),\(course)")
    }

    /// A random but feasible-looking district: a few associations around one
    /// point, venues near them, trainers and members, two or three courses.
    static func random(seed: UInt64) -> TestWorkspace {
        var random = SeededRandom(seed: seed)
        var workspace = TestWorkspace()
        let associationCount = 2 + Int(random.next() % 4)
        for a in 0..<associationCount {
            workspace.addAssociation(
                "a\(a)",
                lat: 59.3 + Double(random.next() % 60) / 100,
                lon: 13.0 + Double(random.next() % 80) / 100
            )
        }
        for v in 0..<(1 + Int(random.next() % 3)) {
            let rooms = (0..<(1 + Int(random.next() % 2))).map {
                (id: "r\($0)", capacity: 10 + Int(random.next() % 10))
            }
            workspace.addVenue(
                "v\(v)",
                lat: 59.3 + Double(random.next() % 60) / 100,
                lon: 13.0 + Double(random.next() % 80) / 100,
                rooms: rooms
            )
        }
        workspace.addOnlineVenue()
        let courseCount = 1 + Int(random.next() % 3)
        let cadences = ["weekly", "biweekly", "weekly", "days"]
        for c in 0..<courseCount {
            let cadence = cadences[Int(random.next() % UInt64(cadences.count))]
            workspace.addCourse(
                "c\(c)",
                sessions: cadence == "days" ? 2 : 3 + Int(random.next() % 3),
                cadence: cadence,
                windows: cadence == "days" ? "[weekend]" : "[evening]",
                min: 3,
                max: 5 + Int(random.next() % 4),
                format: random.next() % 4 == 0 ? "digital" : "in-person"
            )
        }
        for t in 0..<(2 + Int(random.next() % 3)) {
            let unavailable = random.next() % 3 == 0 ? "wed" : ""
            workspace.addPerson(
                "t\(t)",
                association: "a\(Int(random.next() % UInt64(associationCount)))",
                roles: "member;trainer",
                qualifications: "trainer",
                unavailable: unavailable
            )
        }
        for p in 0..<(8 + Int(random.next() % 25)) {
            let unavailable =
                random.next() % 6 == 0
                ? ["mon", "thu", "2022-02-01..2022-02-14", "tue 18:00-19:00"][Int(random.next() % 4)] : ""
            workspace.addPerson(
                "p\(p)",
                association: "a\(Int(random.next() % UInt64(associationCount)))",
                unavailable: unavailable
            )
            for c in 0..<courseCount where random.next() % 2 == 0 { workspace.enrol("p\(p)", "c\(c)") }
        }
        return workspace
    }
}
