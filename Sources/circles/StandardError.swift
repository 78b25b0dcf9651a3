import Foundation

/// Standard error as a `TextOutputStream`, for `print(_:to:)`: problems go to
/// stderr so a script can keep stdout for the summary.
struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        FileHandle.standardError.write(Data(string.utf8))
    }
}
