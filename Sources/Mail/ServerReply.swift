/// A server's reply as it may be kept and printed: every e-mail address taken out, because
/// servers quote the recipient (`550 5.1.1 <anna@example.org>: no such user`) and addresses
/// must not reach logs or the terminal.
enum ServerReply {
    static func redacted(_ reply: String) -> String {
        var output = ""
        var word = ""
        func flush() {
            output += word.contains("@") ? "(address)" : word
            word = ""
        }
        for character in reply {
            if character.isWhitespace || "<>\"',;:()[]".contains(character) {
                flush()
                output.append(character)
            } else {
                word.append(character)
            }
        }
        flush()
        return output
    }
}
