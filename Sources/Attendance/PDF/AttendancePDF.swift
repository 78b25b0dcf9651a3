/// Attendance lists (närvarolistor) as printable PDF: A4 landscape, one or more
/// pages per circle, every page with the circle's header, column heads, a totals
/// row and a line for the leader's signature.
///
/// Drawn with cairo and pango (text shaped by pango with DejaVu Sans through
/// fontconfig), so å, ä, ö print and a PDF reader can search and copy the text.
public enum AttendancePDF {
    /// One document with the pages of every sheet, in the order given
    /// (page numbers count within each circle: "Sida 2 av 3").
    public static func render(sheets: [AttendanceSheet]) throws(AttendancePDFError) -> [UInt8] {
        guard let first = sheets.first else { throw .noSheets }
        let labels = ListLabels.for(first.language)
        let title = sheets.count == 1 ? "\(labels.title): \(first.courseTitle) (\(first.circleID))" : labels.title
        let canvas = try PDFCanvas(width: ListPageLayout.pageWidth, height: ListPageLayout.pageHeight, title: title)
        for (i, sheet) in sheets.enumerated() {
            ListDrawer(sheet: sheet).draw(on: canvas, isFirstInDocument: i == 0)
        }
        return try canvas.finish()
    }

    /// Writes the lists of all `sheets` to one PDF at `path` (mode 0600, atomically): `--all`.
    public static func write(sheets: [AttendanceSheet], to path: String) throws(AttendancePDFError) {
        let bytes = try render(sheets: sheets)
        do { try PrivateFile.write(bytes, to: path) } catch { throw .file(error) }
    }

    /// Writes one circle's list to `path` (mode 0600, atomically).
    public static func write(sheet: AttendanceSheet, to path: String) throws(AttendancePDFError) {
        try write(sheets: [sheet], to: path)
    }
}
