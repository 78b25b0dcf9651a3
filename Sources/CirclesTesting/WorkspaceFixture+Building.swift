extension WorkspaceFixture {
    /// The start of a workspace that a test builds up itself, as the Planner's tests do: a plan
    /// of one term (`spring`, 2022-01-10 to 2022-06-17) with an evening and a weekend window, one
    /// blackout and a travel limit of 60 km, and no venue, association, course, person or
    /// enrolment until the test adds them (`addVenue`, `addPerson`, ...).
    public static var blank: WorkspaceFixture {
        WorkspaceFixture(files: [
            "plan.yaml": blankPlan,
            "venues.yaml": "",
            "associations.yaml": "",
            "people.csv": "id,name,association,roles,qualifications,unavailable,born,gender\n",
            "enrolments.csv": "person,course\n",
        ])
    }

    public static let blankPlan = """
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

    /// The ids of the courses in `catalogue/`, sorted.
    public var courseIDs: [String] {
        files.keys.filter { $0.hasPrefix("catalogue/") && $0.hasSuffix(".yaml") }
            .map { String($0.dropFirst("catalogue/".count).dropLast(".yaml".count)) }.sorted()
    }

    public mutating func addAssociation(_ id: String, lat: Double, lon: Double) {
        append("associations.yaml", "- { id: \(id), name: \"Förening \(id)\", location: { lat: \(lat), lon: \(lon) } }")
    }

    public mutating func addVenue(
        _ id: String,
        lat: Double,
        lon: Double,
        rooms: [(id: String, capacity: Int)],
        closed: String? = nil
    ) {
        let roomList = rooms.map {
            "{ id: \($0.id), name: \"Rum \($0.id)\", capacity: \($0.capacity), features: [projector] }"
        }
        append(
            "venues.yaml",
            """
            - id: \(id)
              name: "Lokal \(id)"
              address: "Gatan 1"
              location: { lat: \(lat), lon: \(lon) }
              rooms: [\(roomList.joined(separator: ", "))]
            """ + (closed.map { "\n  closed: [ \($0) ]" } ?? "")
        )
    }

    public mutating func addOnlineVenue() {
        append(
            "venues.yaml",
            """
            - id: digital
              name: Digitalt
              online: true
              url: "https://meet.example.org/{circle}"
              rooms: [ { id: main, capacity: 100 } ]
            """
        )
    }

    /// Writes `catalogue/<id>.yaml`, in place of a course of the same id.
    public mutating func addCourse(
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
        files["catalogue/\(id).yaml"] = lines.joined(separator: "\n") + "\n"
    }

    /// A line of `people.csv` (the columns of `blank`): `Person <id>`, gender `f`.
    public mutating func addPerson(
        _ id: String,
        association: String,
        roles: String = "member",
        qualifications: String = "",
        unavailable: String = "",
        born: Int = 1980
    ) {
        append("people.csv", "\(id),Person \(id),\(association),\(roles),\(qualifications),\(unavailable),\(born),f")
    }

    public mutating func enrol(_ person: String, _ course: String) {
        append("enrolments.csv", "\(person),\(course)")
    }

    /// Adds `entry` and a newline to the end of `file`.
    private mutating func append(_ file: String, _ entry: String) {
        files[file, default: ""] += entry + "\n"
    }
}
