/// The header fields of the spec's "Privacy and security" that every response carries,
/// pages, feeds and errors alike; `deploy/nginx/circles.conf` sends the same (a test compares).
///
/// No `unsafe-inline`: the pages have no inline script or style, only `/style.css`.
enum SecurityHeaders {
    static let contentSecurityPolicy = "default-src 'self'; frame-ancestors 'none'; form-action 'self'"

    /// On every response.
    static let common: [(String, String)] = [
        ("Content-Security-Policy", contentSecurityPolicy),
        ("Referrer-Policy", "no-referrer"),
        ("X-Content-Type-Options", "nosniff"),
    ]

    /// Also on private responses (a private feed), with `Cache-Control: no-store`: no
    /// shared or browser cache keeps them and no search engine lists them.
    static let privateOnly: [(String, String)] = [("X-Robots-Tag", "noindex")]
}
