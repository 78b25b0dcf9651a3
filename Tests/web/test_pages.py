"""Every public page in a real Chromium, at phone and desktop width; the subscribe row."""

import base64
import subprocess
import shutil
from urllib.parse import quote

from selenium.webdriver.common.by import By

from web_site import KINDS, fetch, set_viewport

SIZES = ((360, 800), (1280, 900))


def screenshot_name(path, width):
    return ("index" if path == "/" else path.strip("/").replace("/", "-")) + f"-{width}.png"


def save_full_page(browser, file):
    """The whole page, not only the viewport, so a person can look at every part of it."""
    size = browser.execute_cdp_cmd("Page.getLayoutMetrics", {})["cssContentSize"]
    shot = browser.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": size["width"], "height": size["height"], "scale": 1}})
    file.write_bytes(base64.b64decode(shot["data"]))


def test_every_page_kind_is_published(site):
    paths = site.page_paths()
    for kind in KINDS:
        assert any(p.startswith(f"/{kind}/") for p in paths), f"no {kind} page"


def test_pages_fit_a_phone_and_a_desktop(site, browser, screenshots):
    for width, height in SIZES:
        set_viewport(browser, width, height)
        for path in site.page_paths():
            browser.get(site.base + path)
            assert browser.find_element(By.TAG_NAME, "h1").text.strip(), path
            scroll = browser.execute_script("return document.documentElement.scrollWidth")
            assert scroll <= width, f"{path} at {width} px scrolls sideways: {scroll} px wide"
            # The stylesheet was applied (a CSP or path mistake would leave the page unstyled).
            colour = browser.execute_script(
                "return getComputedStyle(document.querySelector('header.site')).backgroundColor")
            assert colour == "rgb(164, 0, 15)", f"{path}: stylesheet not applied ({colour})"
            save_full_page(browser, screenshots / screenshot_name(path, width))
        errors = [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]
        assert errors == [], errors


def test_pages_name_circles_by_place_and_evening(site, browser):
    set_viewport(browser, 360, 800)
    browser.get(site.base + "/courses/feministisk-grundkurs")
    links = [a.text for a in browser.find_elements(By.CSS_SELECTOR, "ul.circles a")]
    assert links, "no circles listed"
    for text in links:
        assert any(day in text for day in ("måndagar", "tisdagar", "onsdagar", "torsdagar", "fredagar",
                                          "lördagar", "söndagar", "olika veckodagar")), text
        assert "-var22" not in text and "-host22" not in text, f"a circle named by its id: {text}"


def test_circle_pages_have_sessions_with_date_place_and_map_link(site, browser):
    maps = 0
    for path in (p for p in site.page_paths() if p.startswith("/circles/")):
        browser.get(site.base + path)
        sessions = browser.find_elements(By.CSS_SELECTOR, "ol.sessions > li")
        assert sessions, path
        assert "Träff 1 av" in sessions[0].text, path
        for session in sessions:
            assert session.find_element(By.CSS_SELECTOR, ".date").text, path
            assert session.find_element(By.CSS_SELECTOR, ".time").text.count(":") == 2, path
            assert session.find_element(By.CSS_SELECTOR, ".where").text, path
        maps += len(browser.find_elements(By.CSS_SELECTOR, "ol.sessions a[href^='https://www.openstreetmap.org/']"))
    assert maps > 0, "no session links to openstreetmap.org"


def subscribe_row(browser):
    https = browser.find_element(By.ID, "subscribe-url").get_attribute("value")
    hrefs = {name: browser.find_element(By.ID, f"subscribe-{name}").get_attribute("href")
             for name in ("webcal", "google", "outlook", "download")}
    return https, hrefs


def test_subscribe_links_have_the_right_targets(site, browser):
    calendar_pages = [p for p in site.page_paths() if p != "/"]
    for path in calendar_pages:
        browser.get(site.base + path)
        https, hrefs = subscribe_row(browser)
        kind, ident = path.strip("/").split("/")
        assert https == f"{site.base}/calendars/{kind}/{ident}.ics", path
        webcal = "webcal://" + https.split("://", 1)[1]
        assert hrefs["webcal"] == webcal
        assert hrefs["google"] == "https://calendar.google.com/calendar/render?cid=" + quote(webcal, safe="")
        assert hrefs["outlook"].startswith(
            "https://outlook.live.com/calendar/0/addfromweb?url=" + quote(https, safe="") + "&name=")
        assert hrefs["outlook"].split("&name=", 1)[1], "Outlook link without a calendar name"
        assert hrefs["download"] == https
        status, headers, body = fetch(https)
        assert status == 200 and headers["content-type"] == "text/calendar; charset=utf-8", path
        assert body.startswith(b"BEGIN:VCALENDAR")


def test_qr_code_decodes_to_the_feed_url(site, browser, tmp_path):
    assert shutil.which("zbarimg"), "zbarimg is missing: scripts/setup --test installs Debian zbar-tools"
    set_viewport(browser, 360, 800)
    pages = [p for p in site.page_paths() if p != "/"]
    # One of each kind, and every course.
    chosen = sorted({next(p for p in pages if p.startswith(f"/{k}/")) for k in KINDS}
                    | {p for p in pages if p.startswith("/courses/")})
    for path in chosen:
        browser.get(site.base + path)
        https, _ = subscribe_row(browser)
        image = tmp_path / (path.strip("/").replace("/", "-") + ".png")
        browser.find_element(By.CSS_SELECTOR, "figure.qr svg").screenshot(str(image))
        result = subprocess.run(["zbarimg", "--quiet", "--raw", str(image)], capture_output=True, text=True)
        assert result.returncode == 0, f"{path}: zbarimg read no code: {result.stderr}"
        assert result.stdout.strip() == https, path
