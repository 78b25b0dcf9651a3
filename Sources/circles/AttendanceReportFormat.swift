import ArgumentParser

/// How `circles attendance report` prints: a text for reading, a CSV for ABF's forms.
enum AttendanceReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case csv
}
