/// One VEVENT as libical wrote it (`BEGIN:VEVENT` ... `END:VEVENT`, CRLF, folded), ready to
/// be placed in any number of calendars without serialising it again.
///
/// A session is in its course, circle, venue and association feeds and in the private feed
/// of each participant: written once, copied many times. Made by `ICalWriter.text(of:)`.
public struct ICalEventText: Sendable, Hashable {
    public let uid: String
    /// The UTF-8 bytes, exactly as libical serialises the VEVENT inside a VCALENDAR.
    public let bytes: [UInt8]
    /// The years its DTSTART and DTEND fall in: the calendar's VTIMEZONE must cover them.
    let years: ClosedRange<Int>
}
