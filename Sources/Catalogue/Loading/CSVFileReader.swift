import CSV
import Foundation

/// Reads a CSV file of the workspace into rows addressed by column name,
/// reporting what makes rows unusable: a malformed file, a header without a
/// required column, a row whose field count differs from the header's.
/// Columns may come in any order; unknown columns are ignored (the spec lets
/// organisers keep their own notes in extra columns).
struct CSVFileReader {
    let file: String
    let log: ProblemLog

    /// Every row (those of the wrong width flagged), or nil if the file as a whole cannot be read.
    func rows(of text: String, requiredColumns: [String]) -> [CSVRow]? {
        let records: [CSVRecord]
        do {
            // Empty lines carry nothing (a spreadsheet often leaves one at the end).
            records = try CSVReader.records(in: text).filter { !$0.isEmptyLine }
        } catch {
            log.add(SourceLocation(file: file, line: error.line), key: nil, error.message)
            return nil
        }
        guard let header = records.first else {
            log.add(
                SourceLocation(file: file),
                key: nil,
                "the file is empty; expected a header row with \(requiredColumns.joined(separator: ", "))"
            )
            return nil
        }
        let headerLocation = SourceLocation(file: file, line: header.line)
        var columns: [String: Int] = [:]
        for (index, name) in header.fields.enumerated() {
            let name = name.trimmingCharacters(in: .whitespaces).lowercased()
            if columns[name] != nil {
                log.add(headerLocation, key: name, "the column appears twice in the header")
            } else {
                columns[name] = index
            }
        }
        let missing = requiredColumns.filter { columns[$0] == nil }
        for column in missing {
            let hint = Suggestion.hint(for: column, among: Array(columns.keys).filter { !requiredColumns.contains($0) })
                .replacingOccurrences(of: "did you mean", with: "is it")
            log.add(headerLocation, key: column, "required column is missing from the header\(hint)")
        }
        guard missing.isEmpty else { return nil }
        let width = header.fields.count
        return records.dropFirst().compactMap { record in
            let location = SourceLocation(file: file, line: record.line)
            let hasHeaderWidth = record.fields.count == width
            if !hasHeaderWidth {
                log.add(location, key: nil, "expected \(width) fields as in the header, found \(record.fields.count)")
            }
            return CSVRow(location: location, fields: record.fields, columns: columns, hasHeaderWidth: hasHeaderWidth)
        }
    }
}
