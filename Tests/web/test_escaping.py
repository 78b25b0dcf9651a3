"""Titles, venue names and descriptions with markup, `&`, quotes and å ä ö come out escaped
and intact: the browser shows exactly the organiser's text and runs none of it."""

import pytest
from selenium.webdriver.common.by import By

from web_site import Site

TITLE = """Feministisk <script>alert("titel")</script> & 'grund' "kurs" åäö ÅÄÖ"""
VENUE = """ABF <b>Värmland</b> & "Karlstad" 'lokal' <script>alert(1)</script>"""
DESCRIPTION = """Träffar om <i>makt</i> & kön: "citat", 'apostrof' <script>alert("beskrivning")</script> åäö."""


def single_quoted(text):
    return "'" + text.replace("'", "''") + "'"


def edit(workspace):
    course = workspace / "catalogue" / "feministisk-grundkurs.yaml"
    lines = course.read_text(encoding="utf-8").splitlines()
    start = lines.index("description: |")
    end = start + 1
    while lines[end].startswith("  "):
        end += 1
    lines[start:end] = ["description: " + single_quoted(DESCRIPTION)]
    lines = ["title: " + single_quoted(TITLE) if line.startswith("title:") else line for line in lines]
    course.write_text("\n".join(lines) + "\n", encoding="utf-8")
    venues = workspace / "venues.yaml"
    text = venues.read_text(encoding="utf-8")
    assert 'name: "ABF Värmland, Karlstad"' in text
    venues.write_text(text.replace('name: "ABF Värmland, Karlstad"', "name: " + single_quoted(VENUE), 1), encoding="utf-8")


@pytest.fixture(scope="module")
def tricky(tmp_path_factory):
    site = Site(tmp_path_factory.mktemp("tricky"), edit=edit)
    yield site
    site.stop()


def test_markup_in_the_workspace_is_shown_as_text(tricky, browser):
    pages = {"/courses/feministisk-grundkurs": [TITLE, DESCRIPTION], "/venues/abf-karlstad": [VENUE], "/": [TITLE]}
    for path, texts in pages.items():
        browser.get(tricky.base + path)
        assert browser.find_elements(By.TAG_NAME, "script") == [], f"{path}: a script element got into the page"
        assert browser.find_elements(By.CSS_SELECTOR, "main b, main i") == [], path
        body = browser.find_element(By.TAG_NAME, "body").text
        for text in texts:
            assert text in body, f"{path}: {text!r} not shown intact"
    browser.get(tricky.base + "/courses/feministisk-grundkurs")
    assert browser.find_element(By.TAG_NAME, "h1").text == TITLE
    assert TITLE in browser.title


def test_the_html_holds_the_escaped_text(tricky):
    html = (tricky.out / "courses" / "feministisk-grundkurs.html").read_text(encoding="utf-8")
    assert "<script>" not in html
    assert "Feministisk &lt;script&gt;alert(&quot;titel&quot;)&lt;/script&gt; &amp; &#39;grund&#39; &quot;kurs&quot; åäö ÅÄÖ" in html
    venue = (tricky.out / "venues" / "abf-karlstad.html").read_text(encoding="utf-8")
    assert "ABF &lt;b&gt;Värmland&lt;/b&gt; &amp; &quot;Karlstad&quot;" in venue
