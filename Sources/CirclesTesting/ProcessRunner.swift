import Foundation

/// Runs a program to its end and returns what it wrote: the built `circles` binary, as a user
/// would run it, or a tool that reads our output back independently (poppler, gzip, Python's
/// icalendar); or starts one that runs on while the test goes on (`start`, `startCircles`).
/// Both pipes are read while the program runs, so a chatty one never blocks. The one place
/// the tests start a process.
public enum ProcessRunner {
    /// Runs `executable` with `arguments` in `directory`, with `environment` instead of this
    /// process's (when given) and `input` on standard input (empty when nil).
    public static func run(
        _ executable: URL,
        _ arguments: [String],
        in directory: URL? = nil,
        environment: [String: String]? = nil,
        input: Data? = nil
    ) throws -> ProcessOutput {
        try start(executable, arguments, in: directory, environment: environment, input: input ?? Data()).wait()
    }

    /// Starts `executable` as `run` does and returns at once, with the program running and its
    /// output read as it comes. `input` is written to its standard input, which is then closed;
    /// with none it reads this process's standard input.
    public static func start(
        _ executable: URL,
        _ arguments: [String],
        in directory: URL? = nil,
        environment: [String: String]? = nil,
        input: Data? = nil
    ) throws -> RunningProcess {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if let environment { process.environment = environment }
        let output = Pipe()
        let errors = Pipe()
        let standardInput = input.map { _ in Pipe() }
        process.standardOutput = output
        process.standardError = errors
        if let standardInput { process.standardInput = standardInput }
        try process.run()
        let running = RunningProcess(process, standardOutput: output, standardError: errors)
        if let input, let standardInput {
            standardInput.fileHandleForWriting.write(input)
            try standardInput.fileHandleForWriting.close()
        }
        return running
    }

    /// Runs the program `tool` found on the PATH (through `/usr/bin/env`).
    public static func tool(
        _ tool: String,
        _ arguments: [String],
        environment: [String: String]? = nil,
        input: Data? = nil
    ) throws -> ProcessOutput {
        try run(URL(fileURLWithPath: "/usr/bin/env"), [tool] + arguments, environment: environment, input: input)
    }

    /// Runs the built `circles` with `arguments` in `directory`, with this process's
    /// environment and `environment` on top of it.
    public static func circles(
        _ arguments: [String],
        in directory: URL,
        environment: [String: String] = [:]
    ) throws -> ProcessOutput {
        try startCircles(arguments, in: directory, environment: environment, input: Data()).wait()
    }

    /// Starts the built `circles` as `circles(_:in:environment:)` runs it and returns at once:
    /// a server to talk to and stop, or runs to start together. `input` as for `start`.
    public static func startCircles(
        _ arguments: [String],
        in directory: URL,
        environment: [String: String] = [:],
        input: Data? = nil
    ) throws -> RunningProcess {
        try start(
            try circlesExecutable(),
            arguments,
            in: directory,
            environment: ProcessInfo.processInfo.environment.merging(environment) { $1 },
            input: input
        )
    }

    /// The `circles` binary next to the test bundle (SwiftPM builds it for the test targets
    /// that depend on it), else the package's `.build/debug/circles`.
    public static func circlesExecutable() throws -> URL {
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("circles")
        if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let debug = packageRoot.appendingPathComponent(".build/debug/circles")
        guard FileManager.default.isExecutableFile(atPath: debug.path) else {
            throw MissingExecutable(paths: [besideTests.path, debug.path])
        }
        return debug
    }

    /// `circles` was not built.
    public struct MissingExecutable: Error, CustomStringConvertible {
        public let paths: [String]
        public var description: String { "build circles first: no executable at \(paths.joined(separator: " or "))" }
    }
}
