import Foundation
import PublishedLayout
import QRCode

/// The same subscribe row on every calendar a page offers (spec: web.md, Paths): webcal for
/// Apple and Thunderbird, Google and Outlook by their subscribe-from-URL links, a download,
/// the https URL to copy, and a QR code of it for posters and screens.
struct SubscribeRow: Sendable {
    let https: String
    let webcal: String
    /// `https://calendar.google.com/calendar/render?cid=` + the encoded webcal URL.
    let google: String
    /// `https://outlook.live.com/calendar/0/addfromweb?url=` + encoded https URL + `&name=`.
    let outlook: String
    /// The feed's path on the same site, so the download works wherever the pages are hosted.
    let download: String
    let fileName: String
    /// Inline SVG made by `QRCode`; rendered unescaped (`{{{qrSVG}}}`), it holds no text.
    let qrSVG: String

    init(https: String, webcal: String, name: String, kind: PublishedKind, id: String) throws(FeedsError) {
        try self.init(
            https: https,
            webcal: webcal,
            name: name,
            download: PublishedLayout.feedPath(kind, id: id),
            fileName: "\(id).ics",
            page: PublishedLayout.pagePath(kind, id: id)
        )
    }

    /// The row of any feed: `download` is its path on this site, `page` names the page in errors.
    init(
        https: String,
        webcal: String,
        name: String,
        download: String,
        fileName: String,
        page: String
    )
        throws(FeedsError)
    {
        self.https = https
        self.webcal = webcal
        google = "https://calendar.google.com/calendar/render?cid=" + Self.encoded(webcal)
        outlook =
            "https://outlook.live.com/calendar/0/addfromweb?url=" + Self.encoded(https) + "&name=" + Self.encoded(name)
        self.download = download
        self.fileName = fileName
        do {
            qrSVG = try QRCode(encoding: https).svg()
        } catch {
            throw .page(path: page, reason: error.description)
        }
    }

    /// RFC 3986 unreserved characters stay, everything else is percent-encoded (UTF-8).
    static func encoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? text
    }

    private static let unreserved = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~"
    )
}
