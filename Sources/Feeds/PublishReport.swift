/// What a publication did, in counts only: the CLI prints it, and it names nobody.
public struct PublishReport: Sendable, Hashable, CustomStringConvertible {
    public var publicFiles = 0
    public var privateFiles = 0
    /// Events published for the first time (or back after being dropped).
    public var newEvents = 0
    /// Events whose time, place or status changed: their SEQUENCE rose.
    public var changedEvents = 0
    public var unchangedEvents = 0
    /// Sessions that left the plan and are now published as CANCELLED for the first time.
    public var cancelledEvents = 0
    /// Cancelled sessions published again as CANCELLED (their date has not passed yet).
    public var stillCancelledEvents = 0
    /// Cancelled sessions whose date has passed: no longer in any feed.
    public var droppedEvents = 0
    /// How long each phase took (not part of `description`).
    public var timings = PublishTimings()

    public init() {}

    public var description: String {
        """
        files: \(publicFiles) public (pages included), \(privateFiles) private
        events: \(newEvents) new, \(changedEvents) changed, \(unchangedEvents) unchanged, \
        \(cancelledEvents) cancelled, \(stillCancelledEvents) still cancelled, \(droppedEvents) dropped
        """
    }
}
