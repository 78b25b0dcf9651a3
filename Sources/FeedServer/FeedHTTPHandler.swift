import Logging
import NIOCore
import NIOHTTP1
import NIOPosix

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
    private let pages: (any ActingPages)?
    private let logger: Logger
    private var request: HTTPRequestHead?
    /// The body of a request for the pages that act, while it arrives (nil: not one).
    private var actingBody: [UInt8]?
    private var actingBodyTooLarge = false
    private var dateSecond = -1
    private var dateText = ""
    /// How long a request's head may take to arrive, counted from when the connection was
    /// ready for it (opened, or the last response written). The idle timeout alone let a
    /// client that trickles one byte at a time hold a connection forever.
    private let headTimeout: TimeAmount?
    private var headDeadline: Scheduled<Void>?

    init(responder: FeedResponder, pages: (any ActingPages)? = nil, logger: Logger, headTimeout: TimeAmount? = nil) {
        self.responder = responder
        self.pages = pages
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
            actingBodyTooLarge = false
            actingBody = isForActingPages(head) ? [] : nil
        case .body(var buffer):
            // GET and HEAD of the published folder have no body worth reading; anything else
            // there gets a 405. A form is read up to its limit, the rest dropped.
            guard actingBody != nil, !actingBodyTooLarge else { return }
            if actingBody!.count + buffer.readableBytes > FeedResponder.maximumFormBody {
                actingBodyTooLarge = true
                actingBody = []
            } else {
                actingBody!.append(contentsOf: buffer.readBytes(length: buffer.readableBytes) ?? [])
            }
        case .end:
            guard let head = request else { return }
            request = nil
            if let body = actingBody, let pages {
                actingBody = nil
                act(head, body: body, pages: pages, context: context)
            } else if let pages, Self.hasOneHost(head), case .privateFeed(let token) = privateRoute(head) {
                servePrivateFeed(head, token: String(token), pages: pages, context: context)
            } else {
                answer(head, context: context)
            }
        }
    }

    /// The path of a request, without its query.
    private static func path(of head: HTTPRequestHead) -> Substring {
        let uri = head.uri
        return uri.utf8.firstIndex(of: UInt8(ascii: "?")).map { uri[..<$0] } ?? uri[...]
    }

    /// A request for the pages that act (their paths are never a published file's).
    private func isForActingPages(_ head: HTTPRequestHead) -> Bool {
        pages?.answers(path: Self.path(of: head)) ?? false
    }

    private func privateRoute(_ head: HTTPRequestHead) -> FeedRoute {
        guard head.method == .GET || head.method == .HEAD else { return .unknown }
        return FeedRoute(path: Self.path(of: head))
    }

    /// The peer's address, without the port.
    private static func peer(of context: ChannelHandlerContext) -> String {
        context.channel.remoteAddress?.ipAddress ?? "unknown"
    }

    /// Runs the pages that act on NIO's blocking pool and writes their answer on this loop.
    private func act(_ head: HTTPRequestHead, body: [UInt8], pages: any ActingPages, context: ChannelHandlerContext) {
        let path = Self.path(of: head)
        guard Self.hasOneHost(head) else { return answer(head, context: context) }
        if actingBodyTooLarge {
            actingBodyTooLarge = false
            return write(
                FeedResponder.plain(.payloadTooLarge, "The form is larger than 16 KB.\n", label: "(form too large)"),
                for: head,
                context: context
            )
        }
        let query =
            head.uri.utf8.firstIndex(of: UInt8(ascii: "?")).map { String(head.uri[head.uri.index(after: $0)...]) } ?? ""
        let request = ActingRequest(
            method: head.method.rawValue,
            path: String(path),
            query: query,
            headers: head.headers.map { (name: $0.name, value: $0.value) },
            body: body,
            peer: Self.peer(of: context),
            published: responder.store.snapshot
        )
        let bound = NIOLoopBound((handler: self, context: context), eventLoop: context.eventLoop)
        NIOThreadPool.singleton.runIfActive(eventLoop: context.eventLoop) { pages.respond(to: request) }
            .whenComplete { result in
                let (handler, context) = bound.value
                let reply: FeedResponder.Reply
                switch result {
                case .success(let response): reply = FeedResponder.reply(response)
                case .failure:
                    reply = FeedResponder.plain(
                        .serviceUnavailable,
                        "The server is shutting down.\n",
                        label: "(shutting down)"
                    )
                }
                handler.write(reply, for: head, context: context)
            }
    }

    /// A private feed when the pages that act are there: the token is looked up in State
    /// (a new link works at once, an old one stops at once) on the blocking pool.
    private func servePrivateFeed(
        _ head: HTTPRequestHead,
        token: String,
        pages: any ActingPages,
        context: ChannelHandlerContext
    ) {
        let peer = Self.peer(of: context)
        let forwardedFor = head.headers.first(name: "X-Forwarded-For")
        let bound = NIOLoopBound((handler: self, context: context), eventLoop: context.eventLoop)
        NIOThreadPool.singleton.runIfActive(eventLoop: context.eventLoop) {
            pages.publishedToken(forRequestToken: token, peer: peer, forwardedFor: forwardedFor)
        }.whenComplete { result in
            let (handler, context) = bound.value
            let label = "/p/<redacted>.ics"
            let reply: FeedResponder.Reply
            switch result {
            case .success(.published(let published)):
                reply = handler.responder.respondPrivate(token: published, headers: head.headers, label: label)
            case .success(.limited(let retryAfter)):
                reply = FeedResponder.tooManyRequests(retryAfter: retryAfter, label: label)
            case .success(.notFound):
                reply = FeedResponder.notFound(label)
            case .failure:
                reply = FeedResponder.plain(.serviceUnavailable, "The server is shutting down.\n", label: label)
            }
            handler.write(reply, for: head, context: context)
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
        let reply =
            Self.hasOneHost(head)
            ? responder.respond(method: head.method, uri: head.uri, headers: head.headers)
            : FeedResponder.plain(.badRequest, body: Self.badHostBody, label: "(no single Host)")
        write(reply, for: head, context: context)
    }

    /// Writes one answer with `Date` and `Connection`, and rearms the head deadline.
    private func write(_ reply: FeedResponder.Reply, for head: HTTPRequestHead, context: ChannelHandlerContext) {
        var reply = reply
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
