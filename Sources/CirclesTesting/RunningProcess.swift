import Foundation

/// A program a test started and that runs on while the test goes on: a server the test talks
/// to and then stops (`circles serve`), or runs started together to race (concurrent
/// publishes). Both outputs are read as the program writes them, so it never blocks on a full
/// pipe and the test can wait for a line it prints. `ProcessRunner.start` makes one.
public final class RunningProcess {
    private let process: Process
    private let standardOutput: OutputCapture
    private let standardError: OutputCapture

    init(_ process: Process, standardOutput: Pipe, standardError: Pipe) {
        self.process = process
        self.standardOutput = OutputCapture(standardOutput.fileHandleForReading)
        self.standardError = OutputCapture(standardError.fileHandleForReading)
    }

    /// A program still running when the test lets go of it is stopped.
    deinit { terminate() }

    public var processIdentifier: Int32 { process.processIdentifier }

    /// What the program wrote to standard error so far, once `condition` holds for it, or when
    /// the program closed it (it ended) or `timeout` seconds passed first: the caller checks.
    public func standardError(
        within timeout: TimeInterval,
        until condition: (String) -> Bool
    ) -> String {
        let data = standardError.wait(until: Date().addingTimeInterval(timeout)) {
            condition(String(decoding: $0, as: UTF8.self))
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Sends SIGTERM, as a service manager would, unless the program has ended.
    public func terminate() {
        if process.isRunning { process.terminate() }
    }

    /// Waits for the program to end and returns its status and everything it wrote.
    public func wait() -> ProcessOutput {
        let output = standardOutput.wait(until: nil) { _ in false }
        let errors = standardError.wait(until: nil) { _ in false }
        process.waitUntilExit()
        return ProcessOutput(
            status: process.terminationStatus,
            killedBySignal: process.terminationReason == .uncaughtSignal,
            standardOutput: String(decoding: output, as: UTF8.self),
            standardError: String(decoding: errors, as: UTF8.self)
        )
    }
}

/// The bytes a program writes to one pipe, read by a thread of its own as they come, for the
/// thread that waits for them.
// @unchecked Sendable is safe: `data` and `ended` are read and written only with `condition` locked.
private final class OutputCapture: @unchecked Sendable {
    private var data = Data()
    private var ended = false
    private let condition = NSCondition()

    init(_ handle: FileHandle) {
        let reader = Thread { [self] in
            while case let chunk = handle.availableData, !chunk.isEmpty {
                condition.lock()
                data.append(chunk)
                condition.broadcast()
                condition.unlock()
            }
            condition.lock()
            ended = true
            condition.broadcast()
            condition.unlock()
        }
        reader.start()
    }

    /// What was read when `satisfied` holds for it, the pipe was closed or `deadline` (if any)
    /// passed. No deadline is an untimed wait: `NSCondition.wait(until: .distantFuture)` traps on Linux.
    func wait(until deadline: Date?, _ satisfied: (Data) -> Bool) -> Data {
        condition.lock()
        defer { condition.unlock() }
        while !ended, !satisfied(data) {
            if let deadline {
                guard condition.wait(until: deadline) else { break }
            } else {
                condition.wait()
            }
        }
        return data
    }
}
