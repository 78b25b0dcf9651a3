import Catalogue

/// Why a ticked CSV list was not imported. Any of these means nothing was imported:
/// a half-read list would leave attendance that looks complete but is not.
public enum AttendanceImportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A quoted cell is never closed (opened on `line`).
    case unterminatedQuote(file: String, line: Int)
    /// A quoted cell has more text after its closing quote, on `line`.
    case textAfterClosingQuote(file: String, line: Int)
    /// No row starting with `Id` (the table head): not an attendance list.
    case missingTableHead(file: String)
    /// The list belongs to another circle.
    case wrongCircle(file: String, line: Int, found: String, expected: Circle.ID)
    /// A column head names a session the circle does not have.
    case unknownSession(file: String, line: Int, column: Int, session: Int, circle: Circle.ID)
    /// A row names someone who is not a participant of this circle.
    case unknownPerson(file: String, line: Int, person: String, name: String, circle: Circle.ID)
    /// The same person has two rows.
    case duplicatePerson(file: String, line: Int, person: Person.ID, firstLine: Int)
    /// A box holds something that is neither a tick nor empty.
    case invalidTick(file: String, line: Int, column: Int, session: Int, value: String)

    public var description: String {
        switch self {
        case let .unterminatedQuote(file, line):
            return "\(file):\(line): a quoted cell is never closed (a \" is missing); nothing was imported."
        case let .textAfterClosingQuote(file, line):
            return
                "\(file):\(line): a quoted cell goes on after its closing quote (a \" is missing or one too many); nothing was imported."
        case let .missingTableHead(file):
            return
                "\(file): no row starts with \"Id\"; this is not an attendance list written by circles; nothing was imported."
        case let .wrongCircle(file, line, found, expected):
            return "\(file):\(line): this is the list of circle \(found), not of \(expected); nothing was imported."
        case let .unknownSession(file, line, column, session, circle):
            return
                "\(file):\(line): column \(Self.letters(column)) names session \(session), which circle \(circle) does not have; nothing was imported."
        case let .unknownPerson(file, line, person, name, circle):
            let who = name.isEmpty ? person : "\(person) (\(name))"
            return "\(file):\(line): \(who) is not a participant of circle \(circle); nothing was imported."
        case let .duplicatePerson(file, line, person, firstLine):
            return "\(file):\(line): \(person) is listed twice (first on line \(firstLine)); nothing was imported."
        case let .invalidTick(file, line, column, session, value):
            return
                "\(file):\(line): column \(Self.letters(column)) (session \(session)): \"\(value)\" is not a tick; write x, 1, ja or yes for present, or leave the box empty for absent; nothing was imported."
        }
    }

    /// The spreadsheet's name for a 1-based column (1 = A, 27 = AA): what the organiser sees.
    static func letters(_ column: Int) -> String {
        var n = column
        var result = ""
        while n > 0 {
            let r = (n - 1) % 26
            result = String(UnicodeScalar(UInt8(65 + r))) + result
            n = (n - 1) / 26
        }
        return result
    }
}
