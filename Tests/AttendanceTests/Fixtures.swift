import Attendance
import Catalogue
import Foundation

/// Sheets built by hand, as the CLI would fill them from a schedule.
enum Fixtures {
    static let firstNames = [
        "Anna", "Åsa", "Örjan", "Märta", "Erik", "Björn", "Karin", "Lars", "Sofia", "Jönsson",
        "Ida", "Göran", "Elin", "Pär", "Maja", "Nils", "Ulla", "Tove", "Olof", "Agnes",
    ]
    static let lastNames = ["Andersson", "Berg", "Ekström", "Håkansson", "Lindqvist", "Nyström", "Öberg", "Wästberg"]
    static let associations = [
        "Vänsterpartiet Karlstad", "Vänsterpartiet Arvika", "Vänsterpartiet Säffle", "Vänsterpartiet Torsby",
    ]

    static func day(_ iso: String) -> LocalDate { LocalDate(iso: iso)! }

    /// Weekly Tuesday sessions 18:30–21:00 (3 study hours each) from 2022-02-01.
    static func weeklySessions(_ count: Int, start: Int = 18 * 60 + 30, end: Int = 21 * 60) -> [AttendanceSession] {
        let first = day("2022-02-01").daysSinceEpoch
        return (0..<count).map { i in
            AttendanceSession(number: i + 1, date: date(daysSinceEpoch: first + 7 * i), start: start, end: end)
        }
    }

    static func date(daysSinceEpoch: Int) -> LocalDate { LocalDate(daysSinceEpoch: daysSinceEpoch) }

    static func participants(_ count: Int) -> [AttendanceParticipant] {
        (0..<count).map { i in
            AttendanceParticipant(
                id: Person.ID("p" + String(String(10_000 + i).dropFirst())),
                name: "\(firstNames[i % firstNames.count]) \(lastNames[(i / 3) % lastNames.count])",
                association: associations[i % associations.count],
                birthYear: 1950 + (i * 7) % 55,
                gender: [Person.Gender.female, .male, .other][i % 3]
            )
        }
    }

    static func sheet(
        participants: Int = 5,
        sessions: Int = 4,
        language: Language = .sv,
        kind: ABFActivityKind = .studyCircle
    ) -> AttendanceSheet {
        AttendanceSheet(
            organisation: "Vänsterpartiet Värmland",
            courseTitle: "Feministisk grundkurs för alla",
            circleID: "fem-karlstad-var22",
            activityKind: kind,
            termName: "Våren 2022",
            venue: "ABF Värmland, Karlstad",
            room: "Stora salen",
            leaderName: "Anna Åkerlund",
            language: language,
            sessions: weeklySessions(sessions),
            participants: Self.participants(participants)
        )
    }

    /// A fresh folder under the system's temporary folder.
    static func temporaryFolder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("attendance-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
