/// Durations as the workspace writes them: minutes (`150`) or hours and
/// minutes (`2h30m`, `2h`, `45m`).
enum DurationText {
    /// Minutes; nil if malformed. Numbers of more than 6 digits are
    /// malformed too, so that no arithmetic on them can overflow.
    static func minutes(_ text: String) -> Int? {
        let text = text.lowercased()
        var run = 0
        for character in text {
            run = character.isASCIIDigit ? run + 1 : 0
            if run > 6 { return nil }
        }
        if !text.isEmpty, text.allSatisfy(\.isASCIIDigit) { return Int(text) }
        var total = 0
        var digits = ""
        var sawUnit = false
        var sawMinutes = false
        var sawHours = false
        for character in text {
            if character.isASCIIDigit {
                digits.append(character)
            } else if character == "h", !digits.isEmpty, !sawHours, !sawMinutes {
                guard let hours = Int(digits) else { return nil }
                total += hours * 60
                digits = ""
                sawHours = true
                sawUnit = true
            } else if character == "m", !digits.isEmpty, !sawMinutes {
                guard let minutes = Int(digits) else { return nil }
                total += minutes
                digits = ""
                sawMinutes = true
                sawUnit = true
            } else {
                return nil
            }
        }
        return sawUnit && digits.isEmpty ? total : nil
    }
}
