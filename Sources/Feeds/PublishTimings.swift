import Foundation

/// Wall-clock seconds of each phase of one publication, for `publish --timings` and the
/// benchmarks: they say what dominates. Never part of what is published.
public struct PublishTimings: Sendable, Hashable, CustomStringConvertible {
    /// The events of the schedule and of the cancelled sessions, with their feeds.
    public var events = 0.0
    /// Working out what State records (SEQUENCE, stamps, feeds, tokens) from one read; the
    /// write runs alongside `texts` and `calendars`.
    public var state = 0.0
    /// Serialising each event once (public and private text).
    public var texts = 0.0
    /// Assembling every calendar and index.html and writing them into the new folder (and
    /// waiting for State's commit if it is still running).
    public var calendars = 0.0
    /// Flushing the new folder to disk, swapping it in and deleting the old one.
    public var swap = 0.0
    /// The private list of feed links.
    public var list = 0.0

    public init() {}

    public var total: Double { events + state + texts + calendars + swap + list }

    public var description: String {
        func format(_ value: Double) -> String { String(format: "%.2f", value) }
        return "events \(format(events)) s, state \(format(state)) s, texts \(format(texts)) s, "
            + "calendars \(format(calendars)) s, swap \(format(swap)) s, list \(format(list)) s, total \(format(total)) s"
    }
}

/// Measures consecutive phases: each `lap()` returns the seconds since the previous one.
struct PhaseClock {
    private var last = ContinuousClock.now

    mutating func lap() -> Double {
        let now = ContinuousClock.now
        let elapsed = last.duration(to: now)
        last = now
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}
