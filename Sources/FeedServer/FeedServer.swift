import HummingbirdCore
import Logging
import NIOCore
import NIOPosix
import ServiceLifecycle

/// The HTTP server for the published folder: public feeds, the public pages and the
/// members' private feeds by token.
///
/// ```swift
/// let server = FeedServer(configuration: .init(folder: "Calendars"))
/// try await server.runService()   // until SIGINT or SIGTERM
/// ```
public struct FeedServer: Sendable {
    public let configuration: FeedServerConfiguration
    /// Sign-up, personal pages, the leader's list: nil serves the folder alone.
    let pages: (any ActingPages)?
    let logger: Logger

    public init(
        configuration: FeedServerConfiguration,
        pages: (any ActingPages)? = nil,
        logger: Logger = Logger(label: "circles.serve")
    ) {
        self.configuration = configuration
        self.pages = pages
        self.logger = logger
    }

    /// Serves until the calling task is cancelled. `onRunning` receives the port actually
    /// bound (useful with port 0). Throws `FeedServerError` before binding when the folder
    /// cannot be read.
    public func run(onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        try await serve(onRunning: onRunning, stopOnSignals: false)
    }

    /// Serves until SIGINT or SIGTERM, then finishes the requests in flight.
    public func runService(onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        try await serve(onRunning: onRunning, stopOnSignals: true)
    }

    /// Runs the services on NIO's shared event loops, or on `configuration.threads` loops of
    /// its own (shut down when serving ends).
    private func serve(onRunning: @escaping @Sendable (Int) async -> Void, stopOnSignals: Bool) async throws {
        guard let threads = configuration.threads else {
            try await makeServices(
                on: MultiThreadedEventLoopGroup.singleton,
                onRunning: onRunning,
                stopOnSignals: stopOnSignals
            ).run()
            return
        }
        guard threads >= 1 else { throw FeedServerError.invalidThreads(threads) }
        let group = MultiThreadedEventLoopGroup(numberOfThreads: threads)
        do {
            try await makeServices(on: group, onRunning: onRunning, stopOnSignals: stopOnSignals).run()
        } catch {
            try? await group.shutdownGracefully()
            throw error
        }
        try await group.shutdownGracefully()
    }

    /// Hummingbird's server (binding, accepting, graceful shutdown) with the feed connections,
    /// and the reloader that picks up new publishes.
    private func makeServices(
        on group: any EventLoopGroup,
        onRunning: @escaping @Sendable (Int) async -> Void,
        stopOnSignals: Bool
    ) throws -> ServiceGroup {
        guard (0...65535).contains(configuration.port), !configuration.host.isEmpty else {
            throw FeedServerError.invalidAddress(host: configuration.host, port: configuration.port)
        }
        let store = try SnapshotStore(path: configuration.folder, logger: logger)
        let responder = FeedResponder(store: store, maxAge: configuration.maxAge)
        let logger = self.logger
        let server = Server(
            childChannelSetup: FeedChannel(
                responder: responder,
                pages: pages,
                accessLogger: logger,
                idleTimeout: configuration.idleTimeout
            ),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port)),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                logger.info(
                    "Serving calendars",
                    metadata: ["address": "\(channel.localAddress.map { "\($0)" } ?? "?")"]
                )
                await onRunning(port)
            },
            eventLoopGroup: group,
            logger: logger
        )
        return ServiceGroup(
            configuration: .init(
                services: [
                    .init(service: server),
                    .init(service: SnapshotReloader(store: store, interval: configuration.reloadInterval)),
                ],
                gracefulShutdownSignals: stopOnSignals ? [.sigterm, .sigint] : [],
                logger: logger
            )
        )
    }
}

extension FeedSnapshot {
    /// Reads a published folder the way the server does; lets a caller check a folder
    /// (counts, pages) without starting a server.
    public static func load(
        folder: String,
        logger: Logger = Logger(label: "circles.serve")
    ) throws(FeedServerError) -> FeedSnapshot {
        try SnapshotLoader.load(path: folder, previous: nil, logger: logger)
    }
}
