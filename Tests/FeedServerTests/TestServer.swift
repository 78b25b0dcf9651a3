import FeedServer
import Logging

/// Runs a real `FeedServer` on an ephemeral loopback port for the length of `body`.
enum TestServer {
    struct NotStarted: Error {}

    static func with<T: Sendable>(
        folder: String,
        logger: Logger = Logger(label: "test.serve") { _ in SwiftLogNoOpLogHandler() },
        maxAge: Int = 3600,
        threads: Int? = nil,
        idleTimeout: Duration = .seconds(75),
        _ body: @Sendable (Int) async throws -> T
    ) async throws -> T {
        let server = FeedServer(
            configuration: .init(
                folder: folder,
                host: "127.0.0.1",
                port: 0,
                maxAge: maxAge,
                reloadInterval: .milliseconds(50),
                threads: threads,
                idleTimeout: idleTimeout
            ),
            logger: logger
        )
        let (ports, portContinuation) = AsyncStream<Int>.makeStream()
        return try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask {
                defer { portContinuation.finish() }
                try await server.run { port in portContinuation.yield(port) }
                return nil
            }
            var iterator = ports.makeAsyncIterator()
            guard let port = await iterator.next() else {
                // The server ended before listening: surface its error.
                while let _ = try await group.next() {}
                throw NotStarted()
            }
            let result = try await body(port)
            group.cancelAll()
            do {
                while let _ = try await group.next() {}
            } catch is CancellationError {
                // The server stopping because we cancelled it.
            }
            return result
        }
    }
}
