import ArgumentParser

/// The workspace folder a command works on: the last positional argument of every command
/// that takes one, `Courses` when left out.
struct WorkspaceArgument: ParsableArguments {
    /// The workspace of a command given none.
    static let defaultPath = "Courses"

    @Argument(help: ArgumentHelp("The workspace folder.", valueName: "workspace"))
    var path: String = Self.defaultPath
}
