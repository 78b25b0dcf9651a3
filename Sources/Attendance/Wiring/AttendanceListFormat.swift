/// The file format of an attendance list: a PDF to print, or a CSV to tick and import.
public enum AttendanceListFormat: String, Sendable, CaseIterable {
    case pdf
    case csv
}
