"""Browser and hosting tests of the public pages (issue 12, spec: ../shared/spec/web.md).

`make test` builds first (`swift build --build-tests`); these tests use `.build/debug/circles`.
They fail, never skip, when the binary, Chromium, chromedriver, zbarimg, nginx or a Python
package is missing: `scripts/setup --test` installs all of them.
"""

import csv
import os
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

REPO = Path(__file__).resolve().parents[2]
CIRCLES = REPO / ".build" / "debug" / "circles"
SCREENSHOTS = REPO / ".build" / "screenshots"
TODAY = "2022-01-01"
KINDS = ("courses", "circles", "associations", "venues")


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run(*args, ok=(0,)):
    result = subprocess.run([str(a) for a in args], capture_output=True, text=True)
    assert result.returncode in ok, f"{args}: exit {result.returncode}\n{result.stdout}\n{result.stderr}"
    return result


def fetch(url, method="GET", headers=None):
    """(status, headers as a lower-case dict, body bytes); no redirects followed, no gzip."""
    request = urllib.request.Request(url, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, {k.lower(): v for k, v in response.headers.items()}, response.read()
    except urllib.error.HTTPError as error:
        return error.code, {k.lower(): v for k, v in error.headers.items()}, error.read()


class Site:
    """A copy of a workspace, planned and published into `out`, served by `circles serve`."""

    def __init__(self, root: Path, source: Path = REPO / "Courses", edit=None, port=None, serve_args=()):
        assert CIRCLES.exists(), f"{CIRCLES} is missing: run `swift build --build-tests` (make test does)"
        self.root = root
        self.workspace = root / "Courses"
        shutil.copytree(source, self.workspace, ignore=shutil.ignore_patterns(".circles"))
        if edit:
            edit(self.workspace)
        self.out = root / "out"
        self.port = port or free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        run(CIRCLES, "plan", self.workspace, ok=(0, 2))
        self.publish()
        self.server = subprocess.Popen(
            [str(CIRCLES), "serve", str(self.workspace), "--out", str(self.out), "--host", "127.0.0.1",
             "--port", str(self.port), *serve_args],
            stdout=subprocess.DEVNULL, stderr=open(root / "serve.log", "w"))
        deadline = time.time() + 30
        while True:
            try:
                if fetch(self.base + "/")[0] == 200:
                    break
            except OSError:
                pass
            assert self.server.poll() is None, (root / "serve.log").read_text()
            assert time.time() < deadline, "circles serve did not answer within 30 s"
            time.sleep(0.1)

    def publish(self):
        run(CIRCLES, "publish", self.workspace, "--today", TODAY, "--out", self.out, "--base-url", self.base)

    def stop(self):
        self.server.terminate()
        self.server.wait(timeout=10)

    def page_paths(self):
        """Every public page's URL path, from the published folder (`courses/x.html` -> `/courses/x`)."""
        paths = ["/"]
        for kind in KINDS:
            paths += sorted(f"/{kind}/{p.stem}" for p in (self.out / kind).glob("*.html"))
        return paths

    def feed_paths(self):
        return sorted("/" + str(p.relative_to(self.out)) for p in (self.out / "calendars").glob("*/*.ics"))

    def public_files(self):
        return sorted(p for p in self.out.rglob("*") if p.is_file() and "people" not in p.relative_to(self.out).parts)

    def secrets(self):
        """Every person's name and e-mail (people.csv) and every token (.circles/feeds.csv)."""
        found = []
        with open(self.workspace / "people.csv", newline="", encoding="utf-8") as file:
            for row in csv.DictReader(file):
                found.append(row["name"])
                if row.get("email"):
                    found.append(row["email"])
        with open(self.workspace / ".circles" / "feeds.csv", newline="", encoding="utf-8") as file:
            for row in csv.DictReader(file):
                found.append(row["url"].rsplit("/", 1)[1].removesuffix(".ics"))
        return found


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    site = Site(tmp_path_factory.mktemp("site"))
    yield site
    site.stop()


def make_browser():
    for tool in ("chromium", "chromedriver"):
        assert shutil.which(tool), f"{tool} is missing: scripts/setup --test installs Debian chromium and chromium-driver"
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--hide-scrollbars",
                     "--force-device-scale-factor=1", "--lang=sv"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(options=options, service=Service(shutil.which("chromedriver")))


@pytest.fixture(scope="session")
def browser():
    driver = make_browser()
    yield driver
    driver.quit()


def set_viewport(driver, width, height):
    """Makes the page's viewport (not the window) `width` x `height` CSS pixels."""
    driver.set_window_size(width, height)
    inner = driver.execute_script("return [window.innerWidth, window.innerHeight]")
    driver.set_window_size(width + (width - inner[0]), height + (height - inner[1]))
    assert driver.execute_script("return window.innerWidth") == width


@pytest.fixture(scope="session")
def screenshots():
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS
