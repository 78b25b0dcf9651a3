/// Writes minutes the way the workspace does: `2h30m`, `2h`, `45m`.
public enum DurationFormat {
    public static func text(minutes: Int) -> String {
        let hours = minutes / 60
        let rest = minutes % 60
        switch (hours, rest) {
        case (0, _): return "\(rest)m"
        case (_, 0): return "\(hours)h"
        default: return "\(hours)h\(rest)m"
        }
    }
}
