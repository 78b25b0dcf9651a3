"""Fixtures for the browser and hosting tests; they live in web_site.py, which the tests import by its own name
(a second conftest.py in Tests/mail would shadow "from conftest import ...")."""
from web_site import *  # noqa: F401,F403
