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
    /// How long a request's head may take to arrive, counted from when the connection was
    /// ready for it (opened, or the last response written). The idle timeout alone let a
    /// client that trickles one byte at a time hold a connection forever.
    private let headTimeout: TimeAmount?
    private var headDeadline: Scheduled<Void>?

    init(responder: FeedResponder, logger: Logger, headTimeout: TimeAmount? = nil) {
        self.responder = responder
        self.logger = logger
        self.headTimeout = headTimeout
    }

    func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive { armHeadDeadline(context: context) }
    }

    func channelActive(context: ChannelHandlerContext) {
        if headDeadline == nil { armHeadDeadline(context: context) }
        context.fireChannelActive()
    }

    func channelInactive(context: ChannelHandlerContext) {
        headDeadline?.cancel()
        headDeadline = nil
        context.fireChannelInactive()
    }

    private func armHeadDeadline(context: ChannelHandlerContext) {
        guard let headTimeout else { return }
        headDeadline?.cancel()
        let channel = context.channel
        headDeadline = context.eventLoop.scheduleTask(in: headTimeout) {
            // A response still on its way out to a slow reader is not cut.
            if channel.isWritable { channel.close(promise: nil) }
        }
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            headDeadline?.cancel()
            headDeadline = nil
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

    /// RFC 9112 3.2: a request with no Host (HTTP/1.1) or more than one gets a 400.
    private static func hasOneHost(_ head: HTTPRequestHead) -> Bool {
        let count = head.headers["Host"].count
        return count == 1 || (count == 0 && head.version.minor == 0 && head.version.major == 1)
    }

    private static let badHostBody = ByteBuffer(string: "Bad request: exactly one Host header is required.\n")

    private func answer(_ head: HTTPRequestHead, context: ChannelHandlerContext) {
        var reply =
            Self.hasOneHost(head)
            ? responder.respond(method: head.method, uri: head.uri, headers: head.headers)
            : FeedResponder.Reply(
                status: .badRequest,
                headers: [
                    "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store",
                    "Content-Length": String(Self.badHostBody.readableBytes),
                ],
                body: Self.badHostBody,
                logLabel: "(no single Host)"
            )
        reply.headers.add(name: "Date", value: date())
        let keepAlive = head.isKeepAlive
        if !keepAlive {
            reply.headers.add(name: "Connection", value: "close")
        } else if head.version.minor == 0 {
            reply.headers.add(name: "Connection", value: "keep-alive")
        }
        let bytes = reply.body?.readableBytes ?? 0
        context.write(
            wrapOutboundOut(
                .head(HTTPResponseHead(version: head.version, status: reply.status, headers: reply.headers))
            ),
            promise: nil
        )
        if head.method != .HEAD, let body = reply.body {
            context.write(wrapOutboundOut(.body(.byteBuffer(body))), promise: nil)
        }
        if keepAlive {
            context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
            armHeadDeadline(context: context)
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
