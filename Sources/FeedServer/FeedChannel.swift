import HummingbirdCore
import Logging
import NIOCore
import NIOHTTP1

/// The connections of the feed server, as Hummingbird's `Server` accepts them: NIO's HTTP/1.1
/// server pipeline and a `FeedHTTPHandler` on each. Hummingbird binds, accepts, counts the
/// connections and shuts them down gracefully; every request is answered synchronously.
struct FeedChannel: ServerChildChannel {
    struct Value: ServerChildChannelValue {
        let channel: any Channel
    }

    let responder: FeedResponder
    /// The pages that act, when `circles serve` has a workspace.
    let pages: (any ActingPages)?
    /// Writes the access log: method, path (tokens redacted), status, bytes.
    let accessLogger: Logger
    /// How long a connection may send nothing before it is closed.
    let idleTimeout: Duration

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Value> {
        let responder = self.responder
        let pages = self.pages
        let accessLogger = self.accessLogger
        let idle = TimeAmount.nanoseconds(
            idleTimeout.components.seconds * 1_000_000_000 + idleTimeout.components.attoseconds / 1_000_000_000
        )
        return channel.eventLoop.makeCompletedFuture {
            try channel.pipeline.syncOperations.addHandler(IdleStateHandler(readTimeout: idle))
            // No outbound header validation: every field value is the server's own (validators,
            // dates, fixed texts), never a byte of the request; checking them cost 7% of a 304.
            try channel.pipeline.syncOperations.configureHTTPServerPipeline(
                withPipeliningAssistance: true,
                withErrorHandling: true,
                withOutboundHeaderValidation: false
            )
            try channel.pipeline.syncOperations.addHandler(
                FeedHTTPHandler(responder: responder, pages: pages, logger: accessLogger, headTimeout: idle)
            )
            return Value(channel: channel)
        }
    }

    /// The connection is served by its handler; this only waits for it to close.
    func handle(value: Value, logger: Logger) async {
        try? await value.channel.closeFuture.get()
    }
}
