import CirclesTesting
import Foundation
import Testing

/// `circles attendance ...` run as a user would: the built binary on a workspace the
/// test writes and plans, lists read back with poppler's `pdftotext`, attendance read
/// back through `circles attendance report` (State is a real SQLite file).
@Suite("circles attendance")
struct AttendanceCommandTests {
    /// A planned fixture workspace (`Courses/` in `folder`) and its schedule JSON.
    struct Planned {
        let folder: URL
        let schedule: [String: Any]

        var workspace: String { folder.appendingPathComponent("Courses").path }

        /// The local dates of a circle's sessions, in number order.
        func dates(of circle: String) -> [String] {
            let circles = schedule["circles"] as! [[String: Any]]
            let sessions = circles.first { $0["id"] as? String == circle }!["sessions"] as! [[String: Any]]
            return sessions.sorted { ($0["number"] as! Int) < ($1["number"] as! Int) }.map {
                String(($0["start"] as! String).prefix(10))
            }
        }

        func run(_ arguments: [String], environment: [String: String] = [:]) throws -> ProcessOutput {
            try ProcessRunner.circles(arguments, in: folder, environment: environment)
        }

        func read(_ path: String) throws -> String {
            try String(
                contentsOfFile: path.hasPrefix("/") ? path : folder.appendingPathComponent(path).path,
                encoding: .utf8
            )
        }

        func mode(_ path: String) throws -> Int? {
            try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(path).path)[
                .posixPermissions
            ] as? Int
        }
    }

    static func plan() throws -> Planned {
        let folder = try ValidateCommandTests.parentFolder(of: WorkspaceFixture())
        let run = try ProcessRunner.circles(
            ["plan", "Courses", "--time-limit", "30", "--json", "schedule.json"],
            in: folder
        )
        try #require(run.status == 0 || run.status == 2, "circles plan failed: \(run.standardError)")
        let data = try Data(contentsOf: folder.appendingPathComponent("schedule.json"))
        return Planned(folder: folder, schedule: try JSONSerialization.jsonObject(with: data) as! [String: Any])
    }

    static func pdfText(_ path: String) throws -> String {
        try ProcessRunner.tool("pdftotext", ["-layout", "-enc", "UTF-8", path, "-"]).succeeded()
    }

    /// The report's CSV row of `circle` as column name -> value (the first columns hold no commas).
    static func reportRow(_ csv: String, circle: String) throws -> [String: String] {
        let lines = csv.replacingOccurrences(of: "\u{FEFF}", with: "").components(separatedBy: "\r\n")
        let head = lines[0].components(separatedBy: ",")
        let row = try #require(lines.first { $0.hasPrefix("\(circle),") }).components(separatedBy: ",")
        return Dictionary(uniqueKeysWithValues: zip(head.prefix(14), row.prefix(14)).map { ($0, $1) })
    }

    static let circle = "fem-karlstad-var22"

    @Test func exportTickImportReportAndEveryRefusal() throws {
        let planned = try Self.plan()
        defer { try? FileManager.default.removeItem(at: planned.folder) }
        let dates = planned.dates(of: Self.circle)
        #expect(dates.count == 4 && dates[0] == "2022-02-01")

        // The PDF: default place, private, with everyone, every date and the title.
        let pdf = try planned.run(["attendance", "export", Self.circle, "Courses"])
        #expect(pdf.status == 0, "\(pdf.standardError)")
        #expect(pdf.standardOutput == "Courses/.circles/lists/\(Self.circle).pdf\n")
        #expect(try planned.mode("Courses/.circles/lists/\(Self.circle).pdf") == 0o600)
        let text = try Self.pdfText(
            planned.folder.appendingPathComponent("Courses/.circles/lists/\(Self.circle).pdf").path
        )
        for word in [
            "Feministisk grundkurs", Self.circle, "Anna Andersson", "Erik Berg", "Lind, Sara", "Vänsterpartiet Arvika",
            "studiecirkel",
        ] {
            #expect(text.contains(word), "the PDF lacks \(word)")
        }
        for date in dates { #expect(text.contains(date), "the PDF lacks \(date)") }

        // The CSV, ticked by hand: both at sessions 1-3, nobody at 4.
        let csv = try planned.run([
            "attendance", "export", Self.circle, "Courses", "--format", "csv", "--out", "fem.csv",
        ])
        #expect(csv.status == 0, "\(csv.standardError)")
        #expect(try planned.mode("fem.csv") == 0o600)
        var list = try planned.read("fem.csv")
        for person in ["p0002", "p0003"] {
            for session in 1...3 {
                list = TickEditor.tick(list, person: person, session: session, with: ["x", "1", "ja"][session - 1])
            }
        }
        try list.write(to: planned.folder.appendingPathComponent("fem-ticked.csv"), atomically: true, encoding: .utf8)
        let imported = try planned.run(["attendance", "import", "fem-ticked.csv", "Courses"])
        #expect(imported.status == 0, "\(imported.standardError)")
        #expect(imported.standardOutput == "fem-ticked.csv: circle \(Self.circle), 8 answers stored (new or changed)\n")
        let again = try planned.run(["attendance", "import", "fem-ticked.csv", "Courses"])
        #expect(
            again.standardOutput == "fem-ticked.csv: circle \(Self.circle), 0 answers stored (already up to date)\n"
        )

        let report = try planned.run([
            "attendance", "report", "Courses", "--format", "csv", "--as-of", "2022-12-31", "--term", "spring-2022",
        ])
        #expect(report.status == 0, "\(report.standardError)")
        let row = try Self.reportRow(report.standardOutput, circle: Self.circle)
        #expect(row["Träffar hållna"] == "3" && row["Studietimmar"] == "9" && row["Deltagare"] == "2")
        #expect(row["Män"] == "1" && row["Annat"] == "1")
        let textReport = try planned.run([
            "attendance", "report", "Courses", "--as-of", "2022-12-31", "--term", "spring-2022",
        ])
        #expect(textReport.standardOutput.contains("Studietimmar: 9\n"))
        #expect(textReport.standardOutput.contains("[ok] minst 9 studietimmar under minst 3 träffar"))

        // A row naming someone not in the circle: file and line, nothing stored.
        try list.replacingOccurrences(of: "\r\np0003,", with: "\r\np0404,")
            .write(to: planned.folder.appendingPathComponent("fem-bad.csv"), atomically: true, encoding: .utf8)
        let bad = try planned.run(["attendance", "import", "fem-bad.csv", "Courses"])
        #expect(bad.status == 1)
        #expect(
            bad.standardError
                == "Error: fem-bad.csv:16: p0404 (Lind, Sara) is not a participant of circle \(Self.circle); nothing was imported.\n"
        )

        // Killed mid-import (SIGKILL inside the open transaction, after one changed answer
        // was written): the database keeps the attendance as it was, and opens fine afterwards.
        var all = try planned.read("fem.csv")
        for person in ["p0002", "p0003"] {
            for session in 1...4 { all = TickEditor.tick(all, person: person, session: session) }
        }
        try all.write(to: planned.folder.appendingPathComponent("fem-all.csv"), atomically: true, encoding: .utf8)
        let killed = try planned.run(
            ["attendance", "import", "fem-all.csv", "Courses"],
            environment: ["CIRCLES_TEST_KILL_IMPORT_AFTER": "5"]
        )
        #expect(killed.killedBySignal && killed.status == 9)
        let afterKill = try planned.run(["attendance", "report", "Courses", "--format", "csv", "--as-of", "2022-12-31"])
        #expect(try Self.reportRow(afterKill.standardOutput, circle: Self.circle)["Studietimmar"] == "9")
        let whole = try planned.run(["attendance", "import", "fem-all.csv", "Courses"])
        #expect(whole.standardOutput.contains(", 8 answers stored"))  // new source for all 8
        let afterWhole = try planned.run([
            "attendance", "report", "Courses", "--format", "csv", "--as-of", "2022-12-31",
        ])
        #expect(try Self.reportRow(afterWhole.standardOutput, circle: Self.circle)["Studietimmar"] == "12")

        // Recording one session by hand.
        let recorded = try planned.run(["attendance", "record", Self.circle, "4", "--present", "p0002", "Courses"])
        #expect(recorded.standardOutput == "\(Self.circle) session 4: 1 present, 1 absent (2 answers changed)\n")
        let noSession = try planned.run(["attendance", "record", Self.circle, "9", "--present", "p0002", "Courses"])
        #expect(noSession.status == 1)
        #expect(
            noSession.standardError
                == "Error: circle \(Self.circle) has no session 9 (its sessions are 1, 2, 3, 4); nothing was recorded\n"
        )
        let stranger = try planned.run([
            "attendance", "record", Self.circle, "4", "--present", "p0002,p0404", "Courses",
        ])
        #expect(
            stranger.standardError == "Error: not participants of circle \(Self.circle): p0404; nothing was recorded\n"
        )

        // Never under Calendars/; nothing written there.
        let refused = try planned.run(["attendance", "export", Self.circle, "Courses", "--out", "Calendars/fem.pdf"])
        #expect(refused.status == 1)
        #expect(refused.standardError.contains("never written under Calendars/"))
        #expect(!FileManager.default.fileExists(atPath: planned.folder.appendingPathComponent("Calendars").path))
        let refusedReport = try planned.run(["attendance", "report", "Courses", "--out", "Calendars/report.txt"])
        #expect(refusedReport.status == 1)

        // --all: one PDF with every circle of the term, or one CSV per circle.
        let allPDF = try planned.run(["attendance", "export", "--all", "Courses", "--term", "spring-2022"])
        #expect(allPDF.standardOutput == "Courses/.circles/lists/spring-2022.pdf\n", "\(allPDF.standardError)")
        #expect(
            try Self.pdfText(planned.folder.appendingPathComponent("Courses/.circles/lists/spring-2022.pdf").path)
                .contains(Self.circle)
        )
        let allCSV = try planned.run(["attendance", "export", "--all", "Courses", "--format", "csv", "--out", "lists"])
        #expect(allCSV.status == 0, "\(allCSV.standardError)")
        for line in allCSV.standardOutput.split(separator: "\n") { #expect(try planned.mode(String(line)) == 0o600) }
        #expect(allCSV.standardOutput.contains("lists/\(Self.circle).csv\n"))
    }

    /// `record` and `import` both go into the trail; `history` prints it oldest first, by id only.
    @Test func historyShowsEveryChangeOfTheCommandLineAndTheList() throws {
        let planned = try Self.plan()
        defer { try? FileManager.default.removeItem(at: planned.folder) }
        let empty = try planned.run(["attendance", "history", Self.circle, "Courses"])
        #expect(empty.status == 0, "\(empty.standardError)")
        #expect(empty.standardOutput == "circle \(Self.circle): no attendance recorded yet\n")
        let unknown = try planned.run(["attendance", "history", "fem-nowhere", "Courses"])
        #expect(unknown.status == 1)
        #expect(unknown.standardError.hasPrefix("Error: there is no circle fem-nowhere in the kept plan"))

        let recorded = try planned.run(["attendance", "record", Self.circle, "1", "--present", "p0002", "Courses"])
        #expect(recorded.status == 0, "\(recorded.standardError)")
        _ = try planned.run(["attendance", "export", Self.circle, "Courses", "--format", "csv", "--out", "fem.csv"])
        var list = try planned.read("fem.csv")
        list = TickEditor.tick(list, person: "p0003", session: 1)
        list = TickEditor.tick(list, person: "p0002", session: 2)
        try list.write(to: planned.folder.appendingPathComponent("fem-ticked.csv"), atomically: true, encoding: .utf8)
        let imported = try planned.run(["attendance", "import", "fem-ticked.csv", "Courses"])
        #expect(imported.standardOutput == "fem-ticked.csv: circle \(Self.circle), 8 answers stored (new or changed)\n")

        let history = try planned.run(["attendance", "history", Self.circle, "Courses"])
        #expect(history.status == 0, "\(history.standardError)")
        let lines = history.standardOutput.split(separator: "\n").map(String.init)
        let stamp = #/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d  /#
        #expect(lines.allSatisfy { $0.contains(stamp) }, "\(lines)")
        let csv = "csv fem-ticked.csv"
        #expect(
            lines.map { String($0.dropFirst(21)) } == [
                "cli  session 1  p0002  present: - -> yes",
                "cli  session 1  p0003  present: - -> no",
                "\(csv)  session 1  p0002  present: yes -> no",
                "\(csv)  session 2  p0002  present: - -> yes",
                "\(csv)  session 3  p0002  present: - -> no",
                "\(csv)  session 4  p0002  present: - -> no",
                "\(csv)  session 1  p0003  present: no -> yes",
                "\(csv)  session 2  p0003  present: - -> no",
                "\(csv)  session 3  p0003  present: - -> no",
                "\(csv)  session 4  p0003  present: - -> no",
            ]
        )
        #expect(!history.standardOutput.contains("Erik") && !history.standardOutput.contains("Sara"))  // ids, never names
        // Importing the same list again changes nothing and adds nothing to the trail.
        _ = try planned.run(["attendance", "import", "fem-ticked.csv", "Courses"])
        #expect(
            try planned.run(["attendance", "history", Self.circle, "Courses"]).standardOutput == history.standardOutput
        )
    }

    @Test func withoutAPlanTheCommandSaysWhatToDo() throws {
        let folder = try ValidateCommandTests.parentFolder(of: WorkspaceFixture())
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try ProcessRunner.circles(["attendance", "export", Self.circle, "Courses"], in: folder)
        #expect(run.status == 1)
        #expect(run.standardError == "Error: Courses: there is no plan yet; run `circles plan Courses` first\n")
    }
}
