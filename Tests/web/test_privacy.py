"""No public page or feed names a person or carries an e-mail address or a token."""

from web_site import fetch


def test_no_public_file_holds_a_name_email_or_token(site):
    secrets = site.secrets()
    assert len(secrets) > 400
    files = site.public_files()
    assert any(f.suffix == ".html" for f in files) and any(f.suffix == ".ics" for f in files)
    found = []
    for file in files:
        text = file.read_text(encoding="utf-8")
        # Calendar lines are folded at 75 octets: unfold before searching.
        text = text.replace("\r\n ", "").replace("\r\n\t", "")
        found += [(str(file.relative_to(site.out)), s) for s in secrets if s in text]
        assert "@example.org" not in text, file
    assert found == []


def test_served_pages_are_the_published_bytes(site):
    for path in site.page_paths():
        status, headers, body = fetch(site.base + path)
        assert status == 200, path
        name = "index.html" if path == "/" else path.strip("/") + ".html"
        assert body == (site.out / name).read_bytes(), path
