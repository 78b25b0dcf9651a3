import Foundation

/// One record of a CSV file, read by column name.
struct CSVRow {
    let location: SourceLocation
    let fields: [String]
    let columns: [String: Int]
    /// False for a row whose field count differs from the header's (already
    /// reported): its fields may be shifted, so only its id is worth reading.
    let hasHeaderWidth: Bool

    /// The trimmed value of `column`; nil when the column is absent or the value empty.
    func value(_ column: String) -> String? {
        guard let index = columns[column], index < fields.count else { return nil }
        let value = fields[index].trimmingCharacters(in: .whitespaces)
        return value.isEmpty ? nil : value
    }
}
