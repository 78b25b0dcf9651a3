import ArgumentParser

/// The workspace folder a command works on: the last positional argument of every command
/// that takes one, `Courses` when left out.
struct WorkspaceArgument: ParsableArguments {
    @Argument(help: ArgumentHelp("The workspace folder.", valueName: "workspace"))
    var path: String = "Courses"
}
