"""Fixtures for the e-mail tests; they live in mail_support.py, which the tests import by its own name
(a second conftest.py in Tests/web would shadow "from conftest import ...")."""
from mail_support import *  # noqa: F401,F403
