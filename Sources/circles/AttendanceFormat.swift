import ArgumentParser

/// The file format of an attendance list.
enum AttendanceFormat: String, ExpressibleByArgument, CaseIterable {
    case pdf
    case csv
}
