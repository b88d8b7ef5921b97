"""The README's Python examples and the package's docstring examples run, and print what they show."""

from __future__ import annotations

import contextlib
import doctest
import io
import os
import re

import klaim
import pytest
from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
# A ```python block followed by a ```text block: the code and what it prints.
EXAMPLE = re.compile(r"```python\n((?:(?!```).)*?)```\s*\n```text\n((?:(?!```).)*?)```", re.DOTALL)


def readme_examples() -> list[tuple[str, str]]:
    return EXAMPLE.findall(README)


def test_readme_has_the_two_commands():
    blocks = re.findall(r"```(?:bash|sh)\n(.*?)```", README, re.DOTALL)
    commands = [line for b in blocks for line in b.splitlines() if line.strip() and not line.startswith("#")]
    assert "pip install . && klaim report corpus/ --out report.html" in commands
    test_command = "python3 -m pip install '.[test]' && python3 -m pytest"
    assert test_command in commands
    # CI runs exactly the README's test command, as a line of its own
    ci = (ROOT / ".ci" / "run").read_text()
    assert test_command in ci.splitlines()


@pytest.mark.parametrize("code,expected", readme_examples() or [pytest.param("", "", marks=pytest.mark.skip)])
def test_readme_example_prints_what_it_shows(code, expected, monkeypatch):
    monkeypatch.chdir(ROOT)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, "README.md", "exec"), {})  # noqa: S102 -- the README example under test
    assert out.getvalue().strip() == expected.strip()


def test_docstring_examples():
    os.chdir(ROOT)
    modules = [klaim.corpus, klaim.lexicon]
    failures = attempted = 0
    for m in modules:
        r = doctest.testmod(m, optionflags=doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS)
        failures += r.failed
        attempted += r.attempted
    assert failures == 0
    assert attempted >= 5
