import Catalogue
import Foundation

extension AttendanceContext {
    /// Writes the list of `circle` as `format` to `out` (default
    /// `<workspace>/.circles/lists/<circle>.pdf|csv`), mode 0600; returns the path.
    public func writeList(of circle: Circle.ID, as format: AttendanceListFormat, to out: String?) throws -> String {
        let sheet = try sheet(circle)
        let path = out ?? "\(listsFolder)/\(sheet.circleID).\(format.rawValue)"
        try Self.prepareFolder(of: path)
        try Self.write([sheet], as: format, to: path)
        return path
    }

    /// Writes the lists of every circle of `term` (every term when nil) that has sessions:
    /// one PDF holding them all (`out`, default `<lists>/<term>.pdf` or `all.pdf`), or one
    /// CSV per circle in the folder `out` (default `<lists>`); returns the paths written.
    public func writeLists(term: Term.ID?, as format: AttendanceListFormat, to out: String?) throws -> [String] {
        let sheets = try sheets(term: term)
        guard !sheets.isEmpty else { throw AttendanceContextError.noPlannedCircles(term: term) }
        switch format {
        case .pdf:
            let path = out ?? "\(listsFolder)/\(term?.rawValue ?? "all").pdf"
            try Self.prepareFolder(of: path)
            try Self.write(sheets, as: format, to: path)
            return [path]
        case .csv:
            let folder = out ?? listsFolder
            try PrivateOutput.makeFolder(folder)
            var paths: [String] = []
            for sheet in sheets {
                let path = "\(folder)/\(sheet.circleID).csv"
                try Self.write([sheet], as: format, to: path)
                paths.append(path)
            }
            return paths
        }
    }

    private static func write(_ sheets: [AttendanceSheet], as format: AttendanceListFormat, to path: String) throws {
        switch format {
        case .pdf: try AttendancePDF.write(sheets: sheets, to: path)
        case .csv: try AttendanceCSV.write(sheets[0], to: path)
        }
    }

    private static func prepareFolder(of path: String) throws {
        try PrivateOutput.makeFolder(URL(fileURLWithPath: path).deletingLastPathComponent().path)
    }
}
