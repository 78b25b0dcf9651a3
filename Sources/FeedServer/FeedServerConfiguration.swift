/// Where `circles serve` listens, what it serves and how long clients may cache.
public struct FeedServerConfiguration: Sendable {
    /// The published output folder (`Calendars/` by default).
    public var folder: String
    /// Address to bind; loopback by default, so that exposing the feeds is a choice
    /// (usually made by putting a TLS-terminating proxy in front).
    public var host: String
    /// Port to bind; 0 asks the system for a free one (tests do).
    public var port: Int
    /// `Cache-Control: max-age` in seconds, for public and private feeds alike: how long a
    /// calendar client may keep a feed before asking again. One hour by default.
    public var maxAge: Int
    /// How often the folder is checked for a new publish.
    public var reloadInterval: Duration
    /// Threads answering requests (NIO event loops); nil: one per core.
    public var threads: Int?
    /// A connection that sends nothing for this long is closed (nginx's keep-alive default);
    /// calendar clients poll hourly and reconnect, and idle sockets are what a slow attack
    /// would pile up.
    public var idleTimeout: Duration

    public init(
        folder: String = "Calendars",
        host: String = "127.0.0.1",
        port: Int = 8080,
        maxAge: Int = 3600,
        reloadInterval: Duration = .milliseconds(250),
        threads: Int? = nil,
        idleTimeout: Duration = .seconds(75)
    ) {
        self.folder = folder
        self.host = host
        self.port = port
        self.maxAge = maxAge
        self.reloadInterval = reloadInterval
        self.threads = threads
        self.idleTimeout = idleTimeout
    }
}
