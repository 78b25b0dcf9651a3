import Foundation
import NIOConcurrencyHelpers

/// At most `limit` events per client address in any `window` (a sliding window), kept in
/// memory only. Used for sign-ups and for misses of tokens and codes (spec: 429 with
/// Retry-After). The table is bounded: past `maximumClients` the quietest are forgotten.
final class RateLimiter: Sendable {
    let limit: Int
    let window: TimeInterval
    private let maximumClients: Int
    private let events = NIOLockedValueBox<[String: [Date]]>([:])

    init(limit: Int, window: TimeInterval, maximumClients: Int = 10_000) {
        self.limit = limit
        self.window = window
        self.maximumClients = maximumClients
    }

    /// Seconds until `client` may act again, or nil when it may now. Counts nothing.
    func retryAfter(_ client: String, now: Date) -> Int? {
        events.withLockedValue { table in
            let recent = (table[client] ?? []).filter { now.timeIntervalSince($0) < window }
            guard recent.count >= limit, let oldest = recent.first else { return nil }
            return max(1, Int((window - now.timeIntervalSince(oldest)).rounded(.up)))
        }
    }

    /// Counts one event of `client`.
    func count(_ client: String, now: Date) {
        events.withLockedValue { table in
            var recent = (table[client] ?? []).filter { now.timeIntervalSince($0) < window }
            recent.append(now)
            table[client] = recent
            if table.count > maximumClients {
                let stale = table.filter { $0.value.last.map { now.timeIntervalSince($0) >= window } ?? true }
                for key in stale.keys { table[key] = nil }
                if table.count > maximumClients, let quietest = table.min(by: { $0.value.last! < $1.value.last! }) {
                    table[quietest.key] = nil
                }
            }
        }
    }
}

/// Who a request comes from, for rate limits: the peer, or, when the peer is this machine
/// (nginx in front, `deploy/nginx/circles.conf`), the address nginx put last in
/// `X-Forwarded-For`. Never logged.
enum ClientAddress {
    static func of(peer: String, forwardedFor: String?) -> String {
        guard peer == "127.0.0.1" || peer == "::1" || peer.hasPrefix("::ffff:127."),
            let forwarded = forwardedFor?.split(separator: ",").last?.trimmingCharacters(in: .whitespaces),
            !forwarded.isEmpty, forwarded.utf8.count <= 64
        else { return peer }
        return forwarded
    }
}
