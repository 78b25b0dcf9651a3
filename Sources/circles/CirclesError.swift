/// A failure of a command, told to the user in one sentence (exit status 1).
struct CirclesError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) { self.description = description }
}
