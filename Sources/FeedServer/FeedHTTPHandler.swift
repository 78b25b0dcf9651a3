import Logging
import NIOCore
import NIOHTTP1

#if canImport(Glibc)
    import Glibc
#endif

/// Answers each HTTP request of one connection on the event loop that read it.
///
/// Sits behind NIO's HTTP/1.1 server pipeline (parsing, pipelining in order, 400 for what
/// does not parse, closing on shutdown). Each request is answered in the same call that
/// delivers its end: a lookup in the snapshot, headers, and a write of buffers that every
/// response shares. No task per request and no hop between threads: that hop was most of
/// the cost of a 304 under load (see Benchmarks/serve-bench.md).
final class FeedHTTPHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let responder: FeedResponder
    private let logger: Logger
    private var request: HTTPRequestHead?
    private var dateSecond = -1
    private var dateText = ""

    init(responder: FeedResponder, logger: Logger) {
        self.responder = responder
        self.logger = logger
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            request = head
        case .body:
            break  // GET and HEAD have no body worth reading; anything else gets a 405.
        case .end:
            guard let head = request else { return }
            request = nil
            answer(head, context: context)
        }
    }

    /// Nothing read for the idle timeout: close, unless a response is still on its way out
    /// to a slow reader (then the socket is not writable yet and the next period decides).
    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if let idle = event as? IdleStateHandler.IdleStateEvent, idle == .read {
            if context.channel.isWritable { context.close(promise: nil) }
            return
        }
        context.fireUserInboundEventTriggered(event)
    }

    /// A request that does not parse has had its 400 from NIO's error handler; the connection
    /// cannot be trusted after it (nor after any other error): close it.
    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }

    private func answer(_ head: HTTPRequestHead, context: ChannelHandlerContext) {
        var reply = responder.respond(method: head.method, uri: head.uri, headers: head.headers)
        reply.headers.add(name: "Date", value: date())
        let keepAlive = head.isKeepAlive
        if !keepAlive {
            reply.headers.add(name: "Connection", value: "close")
        } else if head.version.minor == 0 {
            reply.headers.add(name: "Connection", value: "keep-alive")
        }
        let bytes = reply.body?.readableBytes ?? 0
        context.write(wrapOutboundOut(.head(HTTPResponseHead(version: head.version, status: reply.status, headers: reply.headers))), promise: nil)
        if head.method != .HEAD, let body = reply.body {
            context.write(wrapOutboundOut(.body(.byteBuffer(body))), promise: nil)
        }
        if keepAlive {
            context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
        } else {
            let channel = context.channel
            context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in channel.close(promise: nil) }
        }
        logger.info("\(head.method.rawValue) \(reply.logLabel) \(reply.status.code) \(bytes)")
    }

    /// The `Date` field, formatted once a second per connection.
    private func date() -> String {
        let now = Int(time(nil))
        if now != dateSecond {
            dateSecond = now
            dateText = HTTPDate.format(now)
        }
        return dateText
    }
}

@available(*, unavailable)
extension FeedHTTPHandler: Sendable {}
