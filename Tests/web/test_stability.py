"""Publishing an unchanged plan changes no byte of any page (no wall clock in the pages)."""

import hashlib
import time


def digests(site):
    return {str(p.relative_to(site.out)): hashlib.sha256(p.read_bytes()).hexdigest() for p in site.public_files()}


def test_an_unchanged_plan_changes_no_byte(site):
    before = digests(site)
    assert any(name.endswith(".html") for name in before)
    time.sleep(1.1)  # a clock in a page would now show another second
    site.publish()
    assert digests(site) == before
