/// Where recorded attendance came from: the leader's page, a ticked CSV list or the command
/// line. The audit trail keeps both parts; the attendance row keeps `recordSource`.
public struct AttendanceSource: Sendable, Hashable, CustomStringConvertible {
    /// The three ways attendance reaches State.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case web, csv, cli
    }

    public let kind: Kind
    /// For `web` the page (`lead/fem-karlstad-var22`, never the token in its URL), for `csv`
    /// the file's name; nil for `cli`.
    public let detail: String?

    public init(kind: Kind, detail: String?) {
        self.kind = kind
        self.detail = detail
    }

    /// The leader's list of `circle`, as the page `/p/<token>/lead/<circle>` (the token is
    /// left out: the trail says which page, not whose link).
    public static func web(circle: String) -> AttendanceSource { .init(kind: .web, detail: "lead/\(circle)") }
    /// A ticked list imported from the file named `file`.
    public static func csv(file: String) -> AttendanceSource { .init(kind: .csv, detail: file) }
    /// `circles attendance record`.
    public static let cli = AttendanceSource(kind: .cli, detail: nil)

    /// What the attendance row's `source` column says, as it did before the trail existed:
    /// the file's name for a list (so importing the same list again changes nothing), else
    /// `web` or `cli`.
    public var recordSource: String {
        kind == .csv ? (detail ?? "csv") : kind.rawValue
    }

    /// `web lead/fem-karlstad-var22`, `csv närvaro.csv`, `cli`.
    public var description: String {
        detail.map { "\(kind.rawValue) \($0)" } ?? kind.rawValue
    }
}
