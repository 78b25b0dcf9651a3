import Foundation

/// One record of a CSV file and the line it starts on (for error messages).
public struct CSVRecord: Sendable, Hashable {
    /// The line of the file the record starts on, from 1 (a quoted field may span lines).
    public let line: Int
    public let fields: [String]

    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }

    /// A field by index, `""` past the end (spreadsheets drop trailing empty cells).
    public subscript(_ index: Int) -> String { index < fields.count ? fields[index] : "" }

    /// An empty line: one empty field. Workspace files skip these (a spreadsheet often
    /// leaves one at the end); an attendance list reads one as the end of its table.
    public var isEmptyLine: Bool { fields.count == 1 && fields[0].isEmpty }

    /// Every field empty or white space (`,,` counts, as a spreadsheet's empty row).
    public var isBlank: Bool { fields.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty } }
}
