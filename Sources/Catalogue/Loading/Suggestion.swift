/// "Did you mean ...?" for a misspelt key or value: the closest candidate by
/// Levenshtein distance, if it is close enough to be a typo rather than a
/// different word: 1 edit for words of up to 3 letters (`min` is not a typo
/// of `max`), otherwise 2 edits or a third of the length, whichever is more.
///
/// Only between short strings (up to `maxLength` characters, an id's limit): the distance
/// costs the product of the two lengths, and a 10 MB unknown id once kept "did you mean"
/// busy for minutes. The one edit distance of the project (`circles explain` uses it too).
public enum Suggestion {
    /// The longest word or candidate compared.
    public static let maxLength = 64

    public static func closest(to word: String, among candidates: [String]) -> String? {
        guard word.utf8.count <= maxLength else { return nil }
        let scored = candidates.filter { $0.utf8.count <= maxLength }.map { ($0, distance(word, $0)) }
        guard let best = scored.min(by: { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }) else { return nil }
        let length = max(word.count, best.0.count)
        let allowed = length <= 3 ? 1 : max(2, length / 3)
        return best.1 <= allowed ? best.0 : nil
    }

    /// Levenshtein distance over Unicode characters.
    public static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// `; did you mean 'x'?` or an empty string.
    public static func hint(for word: String, among candidates: [String]) -> String {
        closest(to: word, among: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }
}
