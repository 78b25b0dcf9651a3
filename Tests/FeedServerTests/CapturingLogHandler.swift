import Logging
import NIOConcurrencyHelpers

/// Keeps every log line in memory, at every level, so a test can read what the server logged.
struct CapturingLogHandler: LogHandler {
    let lines: NIOLockedValueBox<[String]>
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let merged = metadata.merging(event.metadata ?? [:]) { $1 }
        let fields = merged.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        lines.withLockedValue { $0.append("\(event.level) \(event.message) \(fields)") }
    }

    /// A logger writing into a fresh list, and the list.
    static func makeLogger() -> (Logger, NIOLockedValueBox<[String]>) {
        let lines = NIOLockedValueBox<[String]>([])
        var logger = Logger(label: "test.serve") { _ in CapturingLogHandler(lines: lines) }
        logger.logLevel = .trace
        return (logger, lines)
    }
}
