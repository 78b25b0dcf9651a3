/// The one place that says which published file is at which URL path.
///
/// `circles publish` writes this layout, `circles serve` reads it into its snapshot, the
/// page templates link by it, and `deploy/nginx/circles.conf` serves it: the folder mirrors
/// the URL paths, so any static host can serve it with one rule (`/x` is the file `x.html`):
///
/// | file in the folder                 | URL path                           |
/// |------------------------------------|------------------------------------|
/// | `index.html`                       | `/` (and `/index.html`)            |
/// | `style.css`, `favicon.svg`         | `/style.css`, `/favicon.svg`       |
/// | `<kind>/<id>.html`                 | `/<kind>/<id>`                     |
/// | `calendars/<kind>/<id>.ics`        | `/calendars/<kind>/<id>.ics`       |
/// | `people/<token>.ics` (mode 0600)   | `/p/<token>.ics`, by `circles serve` only |
/// | `people/<token>.json` (mode 0600)  | never: what `/p/<token>` shows, read by `circles serve` |
///
/// Private feeds are the one exception: their folder is never served as files (nginx
/// refuses `/people/`), only by `circles serve`, which looks them up by token digest, sends
/// them `no-store` and never logs the token.
///
/// Names are checked byte by byte on ASCII so that no Unicode normalisation or case folding
/// can make two spellings of one name (ids are lower-case ASCII, digits and `-`, by the spec).
public enum PublishedLayout {
    /// The front page.
    public static let indexFile = "index.html"
    /// The one stylesheet of every page.
    public static let stylesheetFile = "style.css"
    /// The pages' icon: linked from every page, so browsers do not ask for `/favicon.ico`.
    public static let iconFile = "favicon.svg"
    /// The files of the top folder besides the front page, each at `/<name>`.
    public static let assetFiles = [stylesheetFile, iconFile]
    /// The folder of the public feeds, also their URL path segment.
    public static let calendarsFolder = "calendars"
    /// The folder of private feeds, named by token; never reachable as a folder.
    public static let privateFolder = "people"
    /// Longest id accepted in a public file's name. Workspace ids are at most 64 characters
    /// (validation), and a planned circle's id is its course's and venue's ids, two dashes and
    /// a number (`<course>-<venue>-12`): every id the planner makes fits, so none is published
    /// and then never served.
    public static let maximumIDLength = 160
    /// Token lengths accepted: 32 hex characters (128 bits) up to long base32 tokens.
    public static let tokenLengths = 26...64

    /// `calendars/courses/x.ics`.
    public static func feedFile(_ kind: PublishedKind, id: String) -> String {
        "\(calendarsFolder)/\(kind.rawValue)/\(id).ics"
    }

    /// `/calendars/courses/x.ics`.
    public static func feedPath(_ kind: PublishedKind, id: String) -> String { "/" + feedFile(kind, id: id) }

    /// `courses/x.html`.
    public static func pageFile(_ kind: PublishedKind, id: String) -> String { "\(kind.rawValue)/\(id).html" }

    /// `/courses/x`.
    public static func pagePath(_ kind: PublishedKind, id: String) -> String { "/\(kind.rawValue)/\(id)" }

    /// `people/<token>.ics`.
    public static func privateFeedFile(token: String) -> String { "\(privateFolder)/\(token).ics" }

    /// `/p/<token>.ics`.
    public static func privateFeedPath(token: String) -> String { "/p/\(token).ics" }

    /// `people/<token>.json`: the published plan of one person, for their personal page.
    public static func personalPlanFile(token: String) -> String { "\(privateFolder)/\(token).json" }

    /// `/p/<token>`: the personal page (served by `circles serve` only).
    public static func personalPagePath(token: String) -> String { "/p/\(token)" }

    /// The URL path of a public page or stylesheet stored as `name` in the folder of `kind`
    /// (nil: the top folder), or nil when the name is not one this layout publishes.
    public static func requestPath(ofPage name: some StringProtocol, in kind: PublishedKind?) -> String? {
        guard let kind else {
            if name == indexFile { return "/" }
            if assetFiles.contains(String(name)) { return "/\(name)" }
            return nil
        }
        guard let id = stem(name, suffix: ".html"), isID(id) else { return nil }
        return "/\(kind.rawValue)/\(String(decoding: id, as: UTF8.self))"
    }

    /// The URL path of the public feed stored as `name` in `calendars/<kind>/`, or nil.
    public static func requestPath(ofFeed name: some StringProtocol, in kind: PublishedKind) -> String? {
        guard let id = stem(name, suffix: ".ics"), isID(id) else { return nil }
        return "/\(calendarsFolder)/\(kind.rawValue)/\(String(decoding: id, as: UTF8.self)).ics"
    }

    /// The token of a private feed's file name `<token>.ics`, or nil.
    public static func token(inFileName name: some StringProtocol) -> Substring? {
        guard let stem = stem(name, suffix: ".ics"), isToken(stem) else { return nil }
        return Substring(name).prefix(stem.count)
    }

    /// The token of a personal plan's file name `<token>.json`, or nil.
    public static func token(inPlanFileName name: some StringProtocol) -> Substring? {
        guard let stem = stem(name, suffix: ".json"), isToken(stem) else { return nil }
        return Substring(name).prefix(stem.count)
    }

    /// Whether `id` is `[a-z0-9][a-z0-9-]*`, at most `maximumIDLength` bytes.
    public static func isID(_ id: some Collection<UInt8>) -> Bool {
        guard let first = id.first, id.count <= maximumIDLength, isLowerAlphanumeric(first) else { return false }
        return id.allSatisfy { isLowerAlphanumeric($0) || $0 == UInt8(ascii: "-") }
    }

    /// Whether `token` has the shape of a token; says nothing about whether it exists.
    public static func isToken(_ token: some Collection<UInt8>) -> Bool {
        tokenLengths.contains(token.count) && token.allSatisfy(isLowerAlphanumeric)
    }

    private static func stem(_ name: some StringProtocol, suffix: String) -> ArraySlice<UInt8>? {
        let bytes = Array(name.utf8)
        let count = suffix.utf8.count
        guard bytes.count > count, bytes.suffix(count).elementsEqual(suffix.utf8) else { return nil }
        return bytes.dropLast(count)
    }

    private static func isLowerAlphanumeric(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
