import Attendance
import Catalogue
import Foundation
import Testing

/// Figures, not assertions: how long a district's lists take. Off by default;
/// run with `ATTENDANCE_BENCH=1 swift test --filter AttendanceBenchmark` (use `-c release` for real figures).
@Suite(.enabled(if: ProcessInfo.processInfo.environment["ATTENDANCE_BENCH"] != nil))
struct AttendanceBenchmarkTests {
    @Test func aDistrictsLists() throws {
        let sheets = (0..<60).map { i -> AttendanceSheet in
            var sheet = Fixtures.sheet(participants: 8 + i % 20, sessions: 4 + i % 9)
            sheet.circleID = Circle.ID("circle-\(i)")
            return sheet
        }
        let clock = ContinuousClock()
        var bytes: [UInt8] = []
        let pdf = try clock.measure { bytes = try AttendancePDF.render(sheets: sheets) }
        var records: [AttendanceRecord] = []
        let csv = try clock.measure {
            for sheet in sheets {
                records += try AttendanceCSV.importTicks(text: AttendanceCSV.export(sheet), sheet: sheet, file: "b.csv")
            }
        }
        var reports: [StudyReport] = []
        let report = clock.measure {
            reports = sheets.map { StudyReport(sheet: $0, records: records, asOf: Fixtures.day("2022-06-01")) }
            _ = StudyReportCSV.render(reports)
        }
        let rows = sheets.reduce(0) { $0 + $1.participants.count }
        print(
            "attendance bench: 60 circles, \(rows) participant rows: PDF \(pdf) (\(bytes.count) bytes), CSV export+import \(csv) (\(records.count) records), reports \(report)"
        )
    }
}
