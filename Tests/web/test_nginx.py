"""A real nginx with deploy/nginx/circles.conf serves the published folder like `circles serve`.

The configuration is used as it is; the only step is the documented one of its header:
the three lines marked `SITE:` (listen address, published folder, port of circles serve)
are set for this test. Everything else, headers and paths included, is the file's own.
"""

import os
import re
import tempfile
from pathlib import Path
import shutil
import subprocess
import urllib.error
import urllib.request
import time

import pytest

from web_site import REPO, fetch, free_port

CONF = REPO / "deploy" / "nginx" / "circles.conf"
KEY_HEADERS = ("content-type", "content-security-policy", "referrer-policy", "x-content-type-options",
               "cache-control", "x-robots-tag")


def site_config(text, listen, root, upstream_port):
    """The documented template step: set the three SITE lines, each exactly once."""
    replacements = [
        (r"^(\s*)listen [^;]+;(\s*# SITE: listen address)$", rf"\g<1>listen {listen};\2"),
        (r"^(\s*)root [^;]+;(\s*# SITE: the published folder)$", rf"\g<1>root {root};\2"),
        (r"^(\s*)server 127\.0\.0\.1:\d+;(\s*# SITE: circles serve --port)$", rf"\g<1>server 127.0.0.1:{upstream_port};\2"),
    ]
    for pattern, replacement in replacements:
        text, count = re.subn(pattern, replacement, text, flags=re.M)
        assert count == 1, f"{CONF}: the SITE line {pattern!r} is not there exactly once"
    return text


@pytest.fixture(scope="module")
def nginx(site, tmp_path_factory):
    binary = shutil.which("nginx") or ("/usr/sbin/nginx" if shutil.os.path.exists("/usr/sbin/nginx") else None)
    assert binary, "nginx is missing: scripts/setup --test installs Debian nginx"
    folder = tmp_path_factory.mktemp("nginx")
    # nginx's workers run as an unprivileged user (nobody, www-data), as in production: let
    # it pass through the test's private temporary folders to the published one, whose own
    # modes (0755 / 0644, people/ 0700) are then what decides what it can read.
    for parent in [site.out.parent, *site.out.parent.parents]:
        if parent == Path(tempfile.gettempdir()) or parent == Path("/"):
            break
        os.chmod(parent, parent.stat().st_mode | 0o011)
    port = free_port()
    (folder / "circles.conf").write_text(site_config(CONF.read_text(), f"127.0.0.1:{port}", site.out, site.port))
    for name in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (folder / name).mkdir()
    (folder / "nginx.conf").write_text(f"""
daemon off;
worker_processes 1;
pid {folder}/nginx.pid;
error_log {folder}/error.log;
events {{ worker_connections 64; }}
http {{
    access_log {folder}/access.log;
    client_body_temp_path {folder}/client_body;
    proxy_temp_path {folder}/proxy;
    fastcgi_temp_path {folder}/fastcgi;
    uwsgi_temp_path {folder}/uwsgi;
    scgi_temp_path {folder}/scgi;
    include {folder}/circles.conf;
}}
""")
    check = subprocess.run([binary, "-t", "-p", str(folder), "-c", str(folder / "nginx.conf")],
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stderr
    process = subprocess.Popen([binary, "-p", str(folder), "-c", str(folder / "nginx.conf")],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 15
    while True:
        try:
            fetch(base + "/")
            break
        except OSError:
            assert process.poll() is None, process.stderr.read().decode()
            assert time.time() < deadline, "nginx did not answer"
            time.sleep(0.1)
    yield base
    process.terminate()
    process.wait(timeout=10)


def compare(site, nginx, path):
    ours = fetch(site.base + path)
    theirs = fetch(nginx + path)
    assert theirs[0] == ours[0], f"{path}: status {theirs[0]} from nginx, {ours[0]} from circles serve"
    if ours[0] == 200:
        assert theirs[2] == ours[2], f"{path}: different bytes"
        for name in KEY_HEADERS:
            assert theirs[1].get(name) == ours[1].get(name), f"{path}: {name}: {theirs[1].get(name)!r} != {ours[1].get(name)!r}"


def test_nginx_serves_every_page_and_feed_like_circles_serve(site, nginx):
    paths = site.page_paths() + ["/index.html", "/style.css", "/favicon.svg"] + site.feed_paths()
    assert len(paths) > 40
    for path in paths:
        compare(site, nginx, path)


def test_nginx_proxies_private_feeds_and_never_serves_the_private_folder(site, nginx):
    token = next(s for s in site.secrets() if len(s) >= 26 and " " not in s and "@" not in s)
    compare(site, nginx, f"/p/{token}.ics")
    status, headers, _ = fetch(f"{nginx}/p/{token}.ics")
    assert status == 200 and headers["cache-control"] == "no-store" and headers["x-robots-tag"] == "noindex"
    assert headers["content-security-policy"].count("default-src") == 1
    for path in (f"/people/{token}.ics", "/people/", "/courses/feministisk-grundkurs.html", "/calendars/",
                 "/calendars/people/" + token + ".ics", "/courses/", "/nothing"):
        status, headers, body = fetch(nginx + path)
        assert status == 404, path
        assert token.encode() not in body
        assert headers.get("referrer-policy") == "no-referrer", path
    # The paths that need State go to circles serve: the sign-up form (closed: the demo has no
    # mail: block), a POST of it (no CSRF token: 403), and an unknown code (its plain 404).
    status, headers, body = fetch(nginx + "/courses/feministisk-grundkurs/signup")
    assert status == 200 and "Anmälan via webben är inte öppen".encode() in body and headers["cache-control"] == "no-store"
    request = urllib.request.Request(nginx + "/courses/feministisk-grundkurs/signup", data=b"name=x", method="POST",
                                     headers={"Content-Type": "application/x-www-form-urlencoded"})
    try:
        urllib.request.urlopen(request, timeout=10)
        raise AssertionError("a POST without a CSRF token was accepted")
    except urllib.error.HTTPError as error:
        assert error.code == 403
    for path in ("/confirm/" + "c" * 43, "/p/" + "a" * 32):
        status, _, body = fetch(nginx + path)
        assert (status, body) == (404, b"Not found.\n"), path
