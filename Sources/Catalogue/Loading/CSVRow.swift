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
        let value = CSVRow.trimmed(fields[index])
        return value.isEmpty ? nil : value
    }

    /// Without leading and trailing spaces and tabs (cheaper than Foundation's
    /// trimming, which matters for tens of thousands of rows).
    static func trimmed(_ text: String) -> String {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = text.firstIndex(where: { !isBlank($0) }), let last = text.lastIndex(where: { !isBlank($0) })
        else { return "" }
        if first == text.startIndex, text.index(after: last) == text.endIndex { return text }
        return String(text[first...last])
    }
}
