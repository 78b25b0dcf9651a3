import Foundation

/// Ticks boxes in an exported attendance list (CSV) as a trainer with a text editor would,
/// for the attendance and command tests: finds the row by the id in column A and the column
/// by the table head ("Träff 3"), keeps every other cell byte for byte (quoted names such as `"Lind, Sara"` stay quoted).
public enum TickEditor {
    public static func tick(_ text: String, person: String, session: Int, with mark: String = "x") -> String {
        let newline = text.contains("\r\n") ? "\r\n" : "\n"
        var lines = text.components(separatedBy: newline)
        let head = lines.firstIndex { $0.hasPrefix("Id,") || $0.hasPrefix("\u{FEFF}Id,") }!
        let column = cells(lines[head]).firstIndex { $0.hasSuffix(" \(session)") }!
        let row = lines.firstIndex { $0.hasPrefix("\(person),") }!
        var fields = cells(lines[row])
        fields[column] = mark
        lines[row] = fields.joined(separator: ",")
        return lines.joined(separator: newline)
    }

    /// The raw cells of one line, split at commas outside quotes.
    public static func cells(_ line: String) -> [String] {
        var result: [String] = []
        var current = ""
        var quoted = false
        for c in line {
            if c == "\"" { quoted.toggle() }
            if c == ",", !quoted {
                result.append(current)
                current = ""
            } else {
                current.append(c)
            }
        }
        result.append(current)
        return result
    }
}
