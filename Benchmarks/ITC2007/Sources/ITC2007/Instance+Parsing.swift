import Foundation

extension Instance {
    /// Reads a `.ctt` file.
    public init(contentsOf path: String) throws(ITCError) {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
        else {
            throw ITCError(file: path, message: "cannot read the file")
        }
        try self.init(parsing: text, file: path)
    }

    /// Parses `.ctt` text: whitespace-separated tokens in a fixed order (FORMAT.md).
    public init(parsing text: String, file: String = "<text>") throws(ITCError) {
        var tokens = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).map(
            String.init
        )
        tokens.reverse()
        func next(_ what: String) throws(ITCError) -> String {
            guard let t = tokens.popLast() else {
                throw ITCError(file: file, message: "file ends where \(what) was expected")
            }
            return t
        }
        func expect(_ word: String) throws(ITCError) {
            let t = try next(word)
            if t != word { throw ITCError(file: file, message: "expected '\(word)', found '\(t)'") }
        }
        func int(_ what: String) throws(ITCError) -> Int {
            let t = try next(what)
            guard let v = Int(t) else { throw ITCError(file: file, message: "\(what): '\(t)' is not a number") }
            return v
        }
        try expect("Name:")
        name = try next("the name")
        try expect("Courses:")
        let nCourses = try int("Courses")
        try expect("Rooms:")
        let nRooms = try int("Rooms")
        try expect("Days:")
        days = try int("Days")
        try expect("Periods_per_day:")
        periodsPerDay = try int("Periods_per_day")
        try expect("Curricula:")
        let nCurricula = try int("Curricula")
        try expect("Constraints:")
        let nConstraints = try int("Constraints")
        try expect("COURSES:")
        courses = []
        var courseIndex: [String: Int] = [:]
        for _ in 0..<nCourses {
            let c = Course(
                name: try next("a course name"),
                teacher: try next("a teacher"),
                lectures: try int("lectures"),
                minWorkingDays: try int("min_working_days"),
                students: try int("students")
            )
            if courseIndex[c.name] != nil { throw ITCError(file: file, message: "course \(c.name) appears twice") }
            courseIndex[c.name] = courses.count
            courses.append(c)
        }
        try expect("ROOMS:")
        rooms = []
        for _ in 0..<nRooms { rooms.append(Room(name: try next("a room name"), capacity: try int("capacity"))) }
        try expect("CURRICULA:")
        curricula = []
        for _ in 0..<nCurricula {
            let cname = try next("a curriculum name")
            let k = try int("curriculum size")
            var list: [Int] = []
            for _ in 0..<k {
                let c = try next("a course of curriculum \(cname)")
                guard let i = courseIndex[c] else {
                    throw ITCError(file: file, message: "curriculum \(cname) names unknown course \(c)")
                }
                list.append(i)
            }
            curricula.append(Curriculum(name: cname, courses: list))
        }
        try expect("UNAVAILABILITY_CONSTRAINTS:")
        unavailability = []
        for _ in 0..<nConstraints {
            let c = try next("a course")
            guard let i = courseIndex[c] else {
                throw ITCError(file: file, message: "unavailability names unknown course \(c)")
            }
            let d = try int("day")
            let p = try int("period")
            unavailability.append(Unavailability(course: i, day: d, period: p))
        }
        try expect("END.")
    }
}
