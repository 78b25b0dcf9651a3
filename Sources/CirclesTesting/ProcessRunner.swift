import Foundation

/// Runs a program to its end and returns what it wrote: the built `circles` binary, as a user
/// would run it, or a tool that reads our output back independently (poppler, gzip, Python's
/// icalendar). Both pipes are read while the program runs, so a chatty one never blocks.
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
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if let environment { process.environment = environment }
        let output = Pipe()
        let errors = Pipe()
        let standardInput = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = standardInput
        try process.run()
        let errorData = ReadOnce()
        let errorReader = Thread { errorData.set(errors.fileHandleForReading.readDataToEndOfFile()) }
        errorReader.start()
        let outputData = ReadOnce()
        let outputReader = Thread { outputData.set(output.fileHandleForReading.readDataToEndOfFile()) }
        outputReader.start()
        if let input { standardInput.fileHandleForWriting.write(input) }
        try standardInput.fileHandleForWriting.close()
        process.waitUntilExit()
        return ProcessOutput(
            status: process.terminationStatus,
            killedBySignal: process.terminationReason == .uncaughtSignal,
            standardOutput: String(decoding: outputData.wait(), as: UTF8.self),
            standardError: String(decoding: errorData.wait(), as: UTF8.self)
        )
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
        try run(
            try circlesExecutable(),
            arguments,
            in: directory,
            environment: ProcessInfo.processInfo.environment.merging(environment) { $1 }
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

/// The bytes one reader thread reads to the end, handed to the thread that waits for them.
// @unchecked Sendable is safe: `data` is written once before `done` is signalled and read only after.
private final class ReadOnce: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    func set(_ value: Data) {
        data = value
        done.signal()
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
