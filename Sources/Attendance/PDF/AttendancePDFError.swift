/// Why no PDF list was made.
public enum AttendancePDFError: Error, Sendable, Hashable, CustomStringConvertible {
    /// There was no circle to list.
    case noSheets
    /// Cairo or pango failed (out of memory, a broken font setup).
    case drawing(String)
    /// The file could not be written.
    case file(AttendanceFileError)

    public var description: String {
        switch self {
        case .noSheets: return "there are no circles to make attendance lists for"
        case let .drawing(reason): return "the attendance list could not be drawn: \(reason)"
        case let .file(error): return error.description
        }
    }
}
