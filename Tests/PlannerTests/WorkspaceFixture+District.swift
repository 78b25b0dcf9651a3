import CirclesTesting

extension WorkspaceFixture {
    /// A district like the ones that showed issue 17: several associations up to about
    /// 100 km apart, few venues, members who each block one or two evenings (some the
    /// weekend too), a weekend course on consecutive days, and with `scarceRooms` one
    /// small room per venue, so that circles compete for room time. Reproducible by seed.
    static func district(seed: UInt64, scarceRooms: Bool) -> WorkspaceFixture {
        var random = SeededRandom(seed: seed &* 7919 &+ (scarceRooms ? 1 : 0))
        func pick(_ n: Int) -> Int { Int(random.next() % UInt64(n)) }
        var workspace = WorkspaceFixture.blank
        let associations = 3 + pick(4)
        for a in 0..<associations {
            workspace.addAssociation(
                "a\(a)",
                lat: 59.2 + Double(pick(90)) / 100,
                lon: 12.8 + Double(pick(140)) / 100
            )
        }
        for v in 0..<(2 + pick(3)) {
            let count = scarceRooms ? 1 : 1 + pick(3)
            let rooms = (0..<count).map { (id: "r\($0)", capacity: (scarceRooms ? 7 : 9) + pick(10)) }
            workspace.addVenue(
                "v\(v)",
                lat: 59.2 + Double(pick(90)) / 100,
                lon: 12.8 + Double(pick(140)) / 100,
                rooms: rooms
            )
        }
        workspace.addOnlineVenue()
        workspace.addCourse("kvall", sessions: 4 + pick(4), min: 3 + pick(2), max: 6 + pick(4))
        workspace.addCourse("varannan", sessions: 3 + pick(3), cadence: "biweekly", min: 3, max: 6 + pick(4))
        workspace.addCourse("helg", sessions: 2, cadence: "days", windows: "[weekend]", min: 3, max: 8)
        if pick(2) == 0 {
            workspace.addCourse("digital", sessions: 3 + pick(3), min: 3, max: 6, format: "digital")
        }
        let courses = workspace.courseIDs
        let evenings = ["mon", "tue", "wed", "thu"]
        func unavailable() -> String {
            var entries: [String] = []
            let draw = pick(20)
            if draw < 8 { entries.append(evenings[pick(4)]) }
            if draw < 3 { entries.append(evenings[pick(4)]) }
            if draw == 9 || draw == 10 { entries.append(["sat", "sun"][pick(2)]) }
            if draw == 11 { entries.append("tue 18:00-19:30") }
            if draw == 12 { entries.append("2022-02-01..2022-02-20") }
            return Array(Set(entries)).sorted().joined(separator: ";")
        }
        for t in 0..<(3 + pick(4)) {
            workspace.addPerson(
                "t\(t)",
                association: "a\(pick(associations))",
                roles: "member;trainer",
                qualifications: "trainer",
                unavailable: unavailable()
            )
        }
        for p in 0..<(25 + pick(50)) {
            workspace.addPerson("p\(p)", association: "a\(pick(associations))", unavailable: unavailable())
            for course in courses where pick(5) < 2 { workspace.enrol("p\(p)", course) }
        }
        return workspace
    }
}
