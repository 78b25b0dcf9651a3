/// One record of a CSV file and the line it starts on (for error messages).
struct CSVRecord: Sendable, Hashable {
    let line: Int
    let fields: [String]

    /// A field by index, `""` past the end (spreadsheets drop trailing empty cells).
    subscript(_ index: Int) -> String { index < fields.count ? fields[index] : "" }

    var isBlank: Bool { fields.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty } }
}
