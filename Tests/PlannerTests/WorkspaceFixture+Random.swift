import CirclesTesting

extension WorkspaceFixture {
    /// A random but feasible-looking district: a few associations around one
    /// point, venues near them, trainers and members, two or three courses.
    static func random(seed: UInt64) -> WorkspaceFixture {
        var random = SeededRandom(seed: seed)
        var workspace = WorkspaceFixture.blank
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
