import Catalogue
import Foundation

/// One message ready for the outbox: its headers' values and both parts, for one recipient.
///
/// `text()` writes it as RFC 5322 + MIME: `multipart/alternative` with a `text/plain` and a
/// `text/html` part, both UTF-8 in quoted-printable, every line under 78 characters and ended
/// by CRLF, so it passes any SMTP server unchanged (7-bit) and Python's `email` package reads
/// back exactly what was written.
struct ComposedMail: Sendable, Hashable {
    var from: MailAddress
    var replyTo: MailAddress?
    /// The one recipient.
    var to: MailAddress
    var subject: String
    var date: Date
    /// Without the angle brackets: `3f2a...@example.org`.
    var messageID: String
    /// The person's own page: where `List-Unsubscribe` points.
    var unsubscribe: String?
    var plain: String
    var html: String

    /// The boundary between the parts: fixed per message (from its id) so the same message is
    /// the same bytes, and made of characters that quoted-printable output never contains
    /// at the start of a line (`=_` cannot begin an encoded line).
    var boundary: String { "=_circles_" + messageID.prefix(while: { $0 != "@" }) }

    func text() -> String {
        var headers = [
            HeaderEncoding.address("From", from),
            HeaderEncoding.address("To", to),
        ]
        if let replyTo { headers.append(HeaderEncoding.address("Reply-To", replyTo)) }
        headers += [
            HeaderEncoding.unstructured("Subject", subject),
            "Date: \(Self.rfc5322Date(date))",
            "Message-ID: <\(messageID)>",
            "Auto-Submitted: auto-generated",
        ]
        if let unsubscribe {
            headers.append(HeaderEncoding.fold(name: "List-Unsubscribe", words: ["<\(unsubscribe)>"]))
        }
        headers += [
            "MIME-Version: 1.0",
            HeaderEncoding.fold(name: "Content-Type", words: ["multipart/alternative;", "boundary=\"\(boundary)\""]),
        ]
        let part = { (type: String, body: String) in
            """
            --\(boundary)\r
            Content-Type: \(type); charset="utf-8"\r
            Content-Transfer-Encoding: quoted-printable\r
            \r
            \(QuotedPrintable.encode(body))\r

            """
        }
        return headers.joined(separator: "\r\n") + "\r\n\r\n" + part("text/plain", plain) + part("text/html", html)
            + "--\(boundary)--\r\n"
    }

    /// `Tue, 01 Mar 2022 18:00:00 +0000`: the Date header in UTC, English names (RFC 5322).
    static func rfc5322Date(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .weekday], from: date)
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func two(_ n: Int?) -> String { n.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "00" }
        return
            "\(days[(parts.weekday ?? 1) - 1]), \(two(parts.day)) \(months[(parts.month ?? 1) - 1]) \(parts.year ?? 1970) "
            + "\(two(parts.hour)):\(two(parts.minute)):\(two(parts.second)) +0000"
    }
}
