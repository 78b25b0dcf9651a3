/// An independent cost checker written from the UD2 rules in FORMAT.md. It shares
/// no code with the engine or the mapping: it reads the solution text, not an
/// assignment, and counts with plain tables indexed by course, room and period.
public enum Checker {
    public static func check(_ instance: Instance, solution text: String) -> CheckReport {
        var report = CheckReport()
        let nc = instance.courses.count
        let nr = instance.rooms.count
        let ppd = instance.periodsPerDay
        let np = instance.days * ppd
        var courseIndex: [String: Int] = [:]
        for (i, c) in instance.courses.enumerated() { courseIndex[c.name] = i }
        var roomIndex: [String: Int] = [:]
        for (i, r) in instance.rooms.enumerated() { roomIndex[r.name] = i }

        // roomAt[c][p] = room of course c's lecture in period p, or -1.
        var roomAt = [[Int]](repeating: [Int](repeating: -1, count: np), count: nc)
        for raw in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            let f = raw.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            if f.isEmpty { continue }
            guard f.count == 4, let c = courseIndex[f[0]], let r = roomIndex[f[1]], let d = Int(f[2]),
                let p = Int(f[3]),
                d >= 0, d < instance.days, p >= 0, p < ppd
            else {
                report.skippedLines.append(String(raw))
                continue
            }
            if roomAt[c][d * ppd + p] >= 0 {
                report.skippedLines.append(String(raw))
                continue
            }
            roomAt[c][d * ppd + p] = r
        }

        // Lectures.
        for c in 0..<nc {
            let n = roomAt[c].filter { $0 >= 0 }.count
            report.lectures += abs(n - instance.courses[c].lectures)
        }
        // Room occupancy.
        for p in 0..<np {
            var inRoom = [Int](repeating: 0, count: nr)
            for c in 0..<nc where roomAt[c][p] >= 0 { inRoom[roomAt[c][p]] += 1 }
            for n in inRoom where n > 1 { report.roomOccupancy += n - 1 }
        }
        // Conflicts: pairs of courses sharing a teacher or a curriculum.
        var conflicting = [[Bool]](repeating: [Bool](repeating: false, count: nc), count: nc)
        for a in 0..<nc {
            for b in 0..<nc where a != b && instance.courses[a].teacher == instance.courses[b].teacher {
                conflicting[a][b] = true
            }
        }
        for cu in instance.curricula {
            for a in cu.courses { for b in cu.courses where a != b { conflicting[a][b] = true } }
        }
        for p in 0..<np {
            for a in 0..<nc where roomAt[a][p] >= 0 {
                for b in (a + 1)..<max(a + 1, nc) where roomAt[b][p] >= 0 && conflicting[a][b] { report.conflicts += 1 }
            }
        }
        // Availability.
        for u in instance.unavailability where roomAt[u.course][u.day * ppd + u.period] >= 0 {
            report.availability += 1
        }
        // Soft costs.
        for c in 0..<nc {
            let course = instance.courses[c]
            var days = Set<Int>()
            var rooms = Set<Int>()
            for p in 0..<np where roomAt[c][p] >= 0 {
                let r = roomAt[c][p]
                report.roomCapacity += max(0, course.students - instance.rooms[r].capacity)
                days.insert(p / ppd)
                rooms.insert(r)
            }
            report.minimumWorkingDays += 5 * max(0, course.minWorkingDays - days.count)
            report.roomStability += max(0, rooms.count - 1)
        }
        for cu in instance.curricula {
            var at = [Int](repeating: 0, count: np)
            for c in cu.courses { for p in 0..<np where roomAt[c][p] >= 0 { at[p] += 1 } }
            for p in 0..<np where at[p] > 0 {
                let slot = p % ppd
                let before = slot > 0 ? at[p - 1] : 0
                let after = slot < ppd - 1 ? at[p + 1] : 0
                if before == 0 && after == 0 { report.curriculumCompactness += 2 * at[p] }
            }
        }
        return report
    }
}
