import Dispatch
import Foundation
import Logging

#if canImport(Glibc)
import Glibc
#endif

/// Log lines collected in memory and written out in batches by a thread of their own: every
/// 200 ms, when 32 KB have gathered, at once for warnings and errors, and on `flush()`.
///
/// The access log is one line per request. Formatting a timestamp and writing each line with
/// its own system call (what swift-log's `StreamLogHandler` does) was a tenth of the cost of
/// answering a 304; here a line is a string append under a lock. A crash loses at most the
/// last 200 ms of access lines, never a warning.
///
/// Serving never waits for the log: only the writer thread calls `write(2)`, and never while
/// holding the lock. When nobody reads standard error (a stalled log collector, a terminal on
/// scroll-lock) the pipe fills, the writer blocks, and the buffer stops at `capacity`: further
/// lines are dropped and counted, and the count is written as a line of its own once writing
/// works again (and read by `droppedLines`).
public final class LogSink: @unchecked Sendable {
    /// Standard error, as swift-log writes by default.
    public static let standardError = LogSink(descriptor: STDERR_FILENO)

    private let descriptor: Int32
    /// The most bytes kept waiting for the writer; lines beyond it are dropped and counted.
    private let capacity: Int
    /// Guards every variable below; `wait` is signalled when there is work or work was done.
    private let condition = NSCondition()
    private var buffer: [UInt8] = []
    private var second = -1
    private var stamp = ""
    /// Bytes handed to the buffer so far, and bytes the writer has finished with.
    private var queued = 0
    private var done = 0
    /// Lines dropped because the buffer was full: not yet reported, and in all.
    private var unreported = 0
    private var dropped = 0
    private var urgent = false

    /// `capacity`: how much may wait for a stalled standard error (1 MB: minutes of access
    /// log at a busy hour, and a bound on the memory it can take).
    init(descriptor: Int32, capacity: Int = 1 << 20) {
        self.descriptor = descriptor
        self.capacity = capacity
        buffer.reserveCapacity(64 * 1024)
        let writer = Thread { [unowned self] in self.run() }
        writer.name = "circles.log"
        writer.start()
    }

    /// How many lines were dropped so far because standard error was not read.
    public var droppedLines: Int {
        condition.lock()
        defer { condition.unlock() }
        return dropped
    }

    /// Writes out everything gathered so far, waiting at most `timeout` seconds for a standard
    /// error that is not read (then the rest stays queued for the writer).
    public func flush(timeout: Double = 2) {
        condition.lock()
        defer { condition.unlock() }
        let target = queued
        urgent = true
        condition.broadcast()
        let deadline = Date(timeIntervalSinceNow: timeout)
        while done < target && condition.wait(until: deadline) {}
    }

    func append(level: Logger.Level, label: String, message: Logger.Message, metadata: Logger.Metadata) {
        let now = Int(time(nil))
        condition.lock()
        if now != second {
            second = now
            stamp = HTTPDate.iso8601(now)
        }
        var line = "\(stamp) \(level) \(label): "
        for (key, value) in metadata.sorted(by: { $0.key < $1.key }) { line += "\(key)=\(value) " }
        line += "\(message)\n"
        guard buffer.count + line.utf8.count <= capacity else {
            unreported += 1
            dropped += 1
            condition.unlock()
            return
        }
        buffer.append(contentsOf: line.utf8)
        queued += line.utf8.count
        let important = level >= .warning
        if buffer.count >= 32 * 1024 || important {
            urgent = true
            condition.broadcast()
        }
        condition.unlock()
        // A warning is on its way out before the call returns, unless standard error is stalled.
        if important { flush(timeout: 0.1) }
    }

    /// The writer thread: takes the buffer under the lock and writes it outside it.
    private func run() {
        var chunk: [UInt8] = []
        chunk.reserveCapacity(64 * 1024)
        while true {
            condition.lock()
            if !urgent { _ = condition.wait(until: Date(timeIntervalSinceNow: 0.2)) }
            urgent = false
            if unreported > 0 {
                buffer.append(
                    contentsOf:
                        "\(stamp) warning circles.log: \(unreported) log lines dropped (standard error was not read)\n"
                        .utf8
                )
                unreported = 0
            }
            swap(&chunk, &buffer)
            let size = queued - done
            condition.unlock()
            writeOut(chunk)
            chunk.removeAll(keepingCapacity: true)
            condition.lock()
            done += size
            condition.broadcast()
            condition.unlock()
        }
    }

    /// Blocks when standard error is not read: only the writer thread comes here.
    private func writeOut(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 && errno == EINTR { continue }
            if written <= 0 { break }  // nowhere to write: drop rather than retry forever
            offset += written
        }
    }
}

/// A swift-log handler that writes into a `LogSink`.
public struct BufferedLogHandler: LogHandler {
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level = .info
    private let label: String
    private let sink: LogSink

    public init(label: String, sink: LogSink = .standardError) {
        self.label = label
        self.sink = sink
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        let merged = event.metadata.map { metadata.merging($0) { $1 } } ?? metadata
        sink.append(level: event.level, label: label, message: event.message, metadata: merged)
    }
}
