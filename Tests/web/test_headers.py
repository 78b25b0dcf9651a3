"""The headers of the spec's "Privacy and security" on every page and feed response."""

from web_site import fetch

CSP = "default-src 'self'; frame-ancestors 'none'; form-action 'self'"


def check_common(path, headers):
    assert headers.get("content-security-policy") == CSP, path
    assert "unsafe-inline" not in headers["content-security-policy"]
    assert headers.get("referrer-policy") == "no-referrer", path
    assert headers.get("x-content-type-options") == "nosniff", path


def test_every_public_response_has_the_headers(site):
    types = {".css": "text/css; charset=utf-8", ".svg": "image/svg+xml", ".ics": "text/calendar; charset=utf-8"}
    for path in site.page_paths() + ["/style.css", "/favicon.svg"] + site.feed_paths():
        status, headers, _ = fetch(site.base + path)
        assert status == 200, path
        check_common(path, headers)
        expected = next((t for suffix, t in types.items() if path.endswith(suffix)), "text/html; charset=utf-8")
        assert headers["content-type"] == expected, path
        assert headers["cache-control"].startswith("public, max-age="), path


def test_private_feeds_are_no_store_and_noindex(site):
    tokens = [s for s in site.secrets() if len(s) >= 26 and " " not in s and "@" not in s]
    assert tokens
    for token in tokens[:20]:
        status, headers, body = fetch(f"{site.base}/p/{token}.ics")
        assert status == 200 and body.startswith(b"BEGIN:VCALENDAR")
        check_common("/p/<token>.ics", headers)
        assert headers["cache-control"] == "no-store"
        assert headers["x-robots-tag"] == "noindex"


def test_unknown_paths_are_the_plain_404_with_the_headers(site):
    for path in ("/nothing", "/courses/feministisk-grundkurs.html", "/people/", "/courses/Nope",
                 "/calendars/courses/nope.ics", "/p/" + "a" * 32 + ".ics"):
        status, headers, body = fetch(site.base + path)
        assert status == 404 and body == b"Not found.\n", path
        check_common(path, headers)
