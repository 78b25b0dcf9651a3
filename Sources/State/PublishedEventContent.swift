import Foundation
import StableHash

/// What Feeds is about to publish for one event: the input of `StateStore.publish`.
///
/// `start`, `end`, `place` and `status` are the content whose change raises SEQUENCE (time,
/// place, status: DESIGN.md); `summary` and `location` are kept so that a session that left
/// the plan can still be published once more as CANCELLED.
public struct PublishedEventContent: Sendable, Hashable {
    /// Stable identity: organisation, circle id and session number, never positions.
    public var uid: String
    public var circle: String
    /// 1-based session number within the circle.
    public var session: Int
    public var start: Date
    public var end: Date
    /// The place as compared for changes: `venue/room`, or the meeting URL for digital ones.
    public var place: String
    public var status: PublishedEventStatus
    /// The SUMMARY as last written (for a cancelled one, without the "cancelled" prefix the
    /// feed shows). A new title raises SEQUENCE like a new time.
    public var summary: String
    /// Everything else the event's text says (descriptions public and private, location,
    /// link, categories): a change moves DTSTAMP and LAST-MODIFIED but not SEQUENCE.
    public var text: String

    public init(
        uid: String,
        circle: String,
        session: Int,
        start: Date,
        end: Date,
        place: String,
        status: PublishedEventStatus,
        summary: String,
        text: String = ""
    ) {
        self.uid = uid
        self.circle = circle
        self.session = session
        self.start = start
        self.end = end
        self.place = place
        self.status = status
        self.summary = summary
        self.text = text
    }

    /// FNV-1a (64 bits, hex) of `text`, as kept in State: only to notice a change.
    public var textHash: String { StableHash.hex(text) }

    /// The content hash: FNV-1a (64 bits, hex) of start, end (UTC seconds), place and status.
    ///
    /// It only detects change between two publications of the same UID; it guards no
    /// secret, so a fast, dependency-free hash is enough. Its input text is fixed here and
    /// must never change, or every SEQUENCE would rise once.
    public var contentHash: String {
        StableHash.hex(
            "\(Int64(start.timeIntervalSince1970.rounded(.down)))|\(Int64(end.timeIntervalSince1970.rounded(.down)))|\(place)|\(status.rawValue)"
        )
    }

}
