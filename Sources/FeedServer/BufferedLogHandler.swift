import Dispatch
import Foundation
import Logging

#if canImport(Glibc)
    import Glibc
#endif

/// Log lines collected in memory and written out in batches: every 200 ms, when 32 KB have
/// gathered, at once for warnings and errors, and on `flush()`.
///
/// The access log is one line per request. Formatting a timestamp and writing each line with
/// its own system call (what swift-log's `StreamLogHandler` does) was a tenth of the cost of
/// answering a 304; here a line is a string append under a lock. A crash loses at most the
/// last 200 ms of access lines, never a warning.
public final class LogSink: @unchecked Sendable {
    /// Standard error, as swift-log writes by default.
    public static let standardError = LogSink(descriptor: STDERR_FILENO)

    private let descriptor: Int32
    /// Guards `buffer`, `second` and `stamp`.
    private let lock = NSLock()
    private var buffer: [UInt8] = []
    private var second = -1
    private var stamp = ""
    private let timer: any DispatchSourceTimer

    init(descriptor: Int32) {
        self.descriptor = descriptor
        buffer.reserveCapacity(64 * 1024)
        timer = DispatchSource.makeTimerSource(queue: .global(qos: .utility))
        timer.schedule(deadline: .now() + .milliseconds(200), repeating: .milliseconds(200))
        timer.setEventHandler { [weak self] in self?.flush() }
        timer.resume()
    }

    /// Writes out everything gathered so far.
    public func flush() {
        lock.lock()
        defer { lock.unlock() }
        writeOut()
    }

    func append(level: Logger.Level, label: String, message: Logger.Message, metadata: Logger.Metadata) {
        let now = Int(time(nil))
        lock.lock()
        defer { lock.unlock() }
        if now != second {
            second = now
            stamp = HTTPDate.iso8601(now)
        }
        var line = "\(stamp) \(level) \(label): "
        for (key, value) in metadata.sorted(by: { $0.key < $1.key }) { line += "\(key)=\(value) " }
        line += "\(message)\n"
        buffer.append(contentsOf: line.utf8)
        if buffer.count >= 32 * 1024 || level >= .warning { writeOut() }
    }

    /// Must run under `lock`.
    private func writeOut() {
        var offset = 0
        while offset < buffer.count {
            let written = buffer.withUnsafeBytes { write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 && errno == EINTR { continue }
            if written <= 0 { break }  // nowhere to write: drop rather than block the server
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
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
